from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class Project(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="cognitiveservices_comazurecognitiveservices.Project",
):
    '''
    :schema: Project
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProjectSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Project" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a86de663a4baa59e4efb279c7943d2feb0b285da0365ec446826c669de3c63e6)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ProjectProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProjectSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Project".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ProjectProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Project".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="cognitiveservices_comazurecognitiveservices.ProjectProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ProjectProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProjectSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Project
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ProjectSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1353d8667443cb85f55d77bcab0e66ce55b29c72ca2a3f549e7e58adddf89da)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Project#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ProjectSpec"]:
        '''
        :schema: Project#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ProjectSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cognitiveservices_comazurecognitiveservices.ProjectSpec",
    jsii_struct_bases=[],
    name_mapping={
        "owner": "owner",
        "azure_name": "azureName",
        "identity": "identity",
        "location": "location",
        "operator_spec": "operatorSpec",
        "properties": "properties",
        "tags": "tags",
    },
)
class ProjectSpec:
    def __init__(
        self,
        *,
        owner: typing.Union["ProjectSpecOwner", typing.Dict[builtins.str, typing.Any]],
        azure_name: typing.Optional[builtins.str] = None,
        identity: typing.Optional[typing.Union["ProjectSpecIdentity", typing.Dict[builtins.str, typing.Any]]] = None,
        location: typing.Optional[builtins.str] = None,
        operator_spec: typing.Optional[typing.Union["ProjectSpecOperatorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        properties: typing.Optional[typing.Union["ProjectSpecProperties", typing.Dict[builtins.str, typing.Any]]] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param owner: 
        :param azure_name: 
        :param identity: 
        :param location: 
        :param operator_spec: 
        :param properties: 
        :param tags: 

        :schema: ProjectSpec
        '''
        if isinstance(owner, dict):
            owner = ProjectSpecOwner(**owner)
        if isinstance(identity, dict):
            identity = ProjectSpecIdentity(**identity)
        if isinstance(operator_spec, dict):
            operator_spec = ProjectSpecOperatorSpec(**operator_spec)
        if isinstance(properties, dict):
            properties = ProjectSpecProperties(**properties)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c45bb5823870e63319523a0c82177c9952ca21ec1bbfd8627078737e1a191312)
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument azure_name", value=azure_name, expected_type=type_hints["azure_name"])
            check_type(argname="argument identity", value=identity, expected_type=type_hints["identity"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument operator_spec", value=operator_spec, expected_type=type_hints["operator_spec"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "owner": owner,
        }
        if azure_name is not None:
            self._values["azure_name"] = azure_name
        if identity is not None:
            self._values["identity"] = identity
        if location is not None:
            self._values["location"] = location
        if operator_spec is not None:
            self._values["operator_spec"] = operator_spec
        if properties is not None:
            self._values["properties"] = properties
        if tags is not None:
            self._values["tags"] = tags

    @builtins.property
    def owner(self) -> "ProjectSpecOwner":
        '''
        :schema: ProjectSpec#owner
        '''
        result = self._values.get("owner")
        assert result is not None, "Required property 'owner' is missing"
        return typing.cast("ProjectSpecOwner", result)

    @builtins.property
    def azure_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpec#azureName
        '''
        result = self._values.get("azure_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def identity(self) -> typing.Optional["ProjectSpecIdentity"]:
        '''
        :schema: ProjectSpec#identity
        '''
        result = self._values.get("identity")
        return typing.cast(typing.Optional["ProjectSpecIdentity"], result)

    @builtins.property
    def location(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpec#location
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator_spec(self) -> typing.Optional["ProjectSpecOperatorSpec"]:
        '''
        :schema: ProjectSpec#operatorSpec
        '''
        result = self._values.get("operator_spec")
        return typing.cast(typing.Optional["ProjectSpecOperatorSpec"], result)

    @builtins.property
    def properties(self) -> typing.Optional["ProjectSpecProperties"]:
        '''
        :schema: ProjectSpec#properties
        '''
        result = self._values.get("properties")
        return typing.cast(typing.Optional["ProjectSpecProperties"], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProjectSpec#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cognitiveservices_comazurecognitiveservices.ProjectSpecIdentity",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "user_assigned_identities": "userAssignedIdentities",
    },
)
class ProjectSpecIdentity:
    def __init__(
        self,
        *,
        type: typing.Optional["ProjectSpecIdentityType"] = None,
        user_assigned_identities: typing.Optional[typing.Sequence[typing.Union["ProjectSpecIdentityUserAssignedIdentities", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param type: 
        :param user_assigned_identities: 

        :schema: ProjectSpecIdentity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__196cda48706d47e616bae51b6ec96245579e705b1160d402f6efb363a6e4f84a)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user_assigned_identities", value=user_assigned_identities, expected_type=type_hints["user_assigned_identities"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if type is not None:
            self._values["type"] = type
        if user_assigned_identities is not None:
            self._values["user_assigned_identities"] = user_assigned_identities

    @builtins.property
    def type(self) -> typing.Optional["ProjectSpecIdentityType"]:
        '''
        :schema: ProjectSpecIdentity#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["ProjectSpecIdentityType"], result)

    @builtins.property
    def user_assigned_identities(
        self,
    ) -> typing.Optional[typing.List["ProjectSpecIdentityUserAssignedIdentities"]]:
        '''
        :schema: ProjectSpecIdentity#userAssignedIdentities
        '''
        result = self._values.get("user_assigned_identities")
        return typing.cast(typing.Optional[typing.List["ProjectSpecIdentityUserAssignedIdentities"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpecIdentity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cognitiveservices_comazurecognitiveservices.ProjectSpecIdentityType"
)
class ProjectSpecIdentityType(enum.Enum):
    '''
    :schema: ProjectSpecIdentityType
    '''

    NONE = "NONE"
    '''None.'''
    SYSTEM_ASSIGNED = "SYSTEM_ASSIGNED"
    '''SystemAssigned.'''
    SYSTEM_ASSIGNED_COMMA_USER_ASSIGNED = "SYSTEM_ASSIGNED_COMMA_USER_ASSIGNED"
    '''SystemAssigned, UserAssigned.'''
    USER_ASSIGNED = "USER_ASSIGNED"
    '''UserAssigned.'''


@jsii.data_type(
    jsii_type="cognitiveservices_comazurecognitiveservices.ProjectSpecIdentityUserAssignedIdentities",
    jsii_struct_bases=[],
    name_mapping={"reference": "reference"},
)
class ProjectSpecIdentityUserAssignedIdentities:
    def __init__(
        self,
        *,
        reference: typing.Optional[typing.Union["ProjectSpecIdentityUserAssignedIdentitiesReference", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param reference: 

        :schema: ProjectSpecIdentityUserAssignedIdentities
        '''
        if isinstance(reference, dict):
            reference = ProjectSpecIdentityUserAssignedIdentitiesReference(**reference)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8135d53b84ef36dff8b97b9996f9ccc03ff0abc6ff959f0d39de9bd0a785e675)
            check_type(argname="argument reference", value=reference, expected_type=type_hints["reference"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if reference is not None:
            self._values["reference"] = reference

    @builtins.property
    def reference(
        self,
    ) -> typing.Optional["ProjectSpecIdentityUserAssignedIdentitiesReference"]:
        '''
        :schema: ProjectSpecIdentityUserAssignedIdentities#reference
        '''
        result = self._values.get("reference")
        return typing.cast(typing.Optional["ProjectSpecIdentityUserAssignedIdentitiesReference"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpecIdentityUserAssignedIdentities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cognitiveservices_comazurecognitiveservices.ProjectSpecIdentityUserAssignedIdentitiesReference",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "group": "group", "kind": "kind", "name": "name"},
)
class ProjectSpecIdentityUserAssignedIdentitiesReference:
    def __init__(
        self,
        *,
        arm_id: typing.Optional[builtins.str] = None,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param arm_id: 
        :param group: 
        :param kind: 
        :param name: 

        :schema: ProjectSpecIdentityUserAssignedIdentitiesReference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae2650c736461b0a0e19834a5e3b0d46d808321d84d13a6c9719291eeb713916)
            check_type(argname="argument arm_id", value=arm_id, expected_type=type_hints["arm_id"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if arm_id is not None:
            self._values["arm_id"] = arm_id
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def arm_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpecIdentityUserAssignedIdentitiesReference#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpecIdentityUserAssignedIdentitiesReference#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpecIdentityUserAssignedIdentitiesReference#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpecIdentityUserAssignedIdentitiesReference#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpecIdentityUserAssignedIdentitiesReference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cognitiveservices_comazurecognitiveservices.ProjectSpecOperatorSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_expressions": "configMapExpressions",
        "secret_expressions": "secretExpressions",
    },
)
class ProjectSpecOperatorSpec:
    def __init__(
        self,
        *,
        config_map_expressions: typing.Optional[typing.Sequence[typing.Union["ProjectSpecOperatorSpecConfigMapExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        secret_expressions: typing.Optional[typing.Sequence[typing.Union["ProjectSpecOperatorSpecSecretExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param config_map_expressions: 
        :param secret_expressions: 

        :schema: ProjectSpecOperatorSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d085e6c0f59029d032e1bd8f980dc2fa41c818453a15e206145bd571d0ec1fd)
            check_type(argname="argument config_map_expressions", value=config_map_expressions, expected_type=type_hints["config_map_expressions"])
            check_type(argname="argument secret_expressions", value=secret_expressions, expected_type=type_hints["secret_expressions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_expressions is not None:
            self._values["config_map_expressions"] = config_map_expressions
        if secret_expressions is not None:
            self._values["secret_expressions"] = secret_expressions

    @builtins.property
    def config_map_expressions(
        self,
    ) -> typing.Optional[typing.List["ProjectSpecOperatorSpecConfigMapExpressions"]]:
        '''
        :schema: ProjectSpecOperatorSpec#configMapExpressions
        '''
        result = self._values.get("config_map_expressions")
        return typing.cast(typing.Optional[typing.List["ProjectSpecOperatorSpecConfigMapExpressions"]], result)

    @builtins.property
    def secret_expressions(
        self,
    ) -> typing.Optional[typing.List["ProjectSpecOperatorSpecSecretExpressions"]]:
        '''
        :schema: ProjectSpecOperatorSpec#secretExpressions
        '''
        result = self._values.get("secret_expressions")
        return typing.cast(typing.Optional[typing.List["ProjectSpecOperatorSpecSecretExpressions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpecOperatorSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cognitiveservices_comazurecognitiveservices.ProjectSpecOperatorSpecConfigMapExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class ProjectSpecOperatorSpecConfigMapExpressions:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        key: typing.Optional[builtins.str] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param annotations: 
        :param key: 
        :param labels: 

        :schema: ProjectSpecOperatorSpecConfigMapExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a875a728814e368a9317bdaca4c47e4af419435813c6c0553b4d679b7829c3a2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if key is not None:
            self._values["key"] = key
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ProjectSpecOperatorSpecConfigMapExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ProjectSpecOperatorSpecConfigMapExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProjectSpecOperatorSpecConfigMapExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpecOperatorSpecConfigMapExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProjectSpecOperatorSpecConfigMapExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpecOperatorSpecConfigMapExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cognitiveservices_comazurecognitiveservices.ProjectSpecOperatorSpecSecretExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class ProjectSpecOperatorSpecSecretExpressions:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        key: typing.Optional[builtins.str] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param annotations: 
        :param key: 
        :param labels: 

        :schema: ProjectSpecOperatorSpecSecretExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9725294be5ec0e76e7d900158623d572d9e193c044d3d296fbc3a09556ef31b8)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if key is not None:
            self._values["key"] = key
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ProjectSpecOperatorSpecSecretExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ProjectSpecOperatorSpecSecretExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProjectSpecOperatorSpecSecretExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpecOperatorSpecSecretExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProjectSpecOperatorSpecSecretExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpecOperatorSpecSecretExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cognitiveservices_comazurecognitiveservices.ProjectSpecOwner",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "name": "name"},
)
class ProjectSpecOwner:
    def __init__(
        self,
        *,
        arm_id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param arm_id: 
        :param name: 

        :schema: ProjectSpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7a882f2367fcc104fccc2465d49d9c3bf03dd03978ea35ea1acb7fb16d77842)
            check_type(argname="argument arm_id", value=arm_id, expected_type=type_hints["arm_id"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if arm_id is not None:
            self._values["arm_id"] = arm_id
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def arm_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpecOwner#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpecOwner#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cognitiveservices_comazurecognitiveservices.ProjectSpecProperties",
    jsii_struct_bases=[],
    name_mapping={"description": "description", "display_name": "displayName"},
)
class ProjectSpecProperties:
    def __init__(
        self,
        *,
        description: typing.Optional[builtins.str] = None,
        display_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param description: 
        :param display_name: 

        :schema: ProjectSpecProperties
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__73baa1f2c85e4bbc9643823aa68f6d9e05bb1a33dcebfea32157730be6077e3b)
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument display_name", value=display_name, expected_type=type_hints["display_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if description is not None:
            self._values["description"] = description
        if display_name is not None:
            self._values["display_name"] = display_name

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpecProperties#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def display_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProjectSpecProperties#displayName
        '''
        result = self._values.get("display_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectSpecProperties(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Project",
    "ProjectProps",
    "ProjectSpec",
    "ProjectSpecIdentity",
    "ProjectSpecIdentityType",
    "ProjectSpecIdentityUserAssignedIdentities",
    "ProjectSpecIdentityUserAssignedIdentitiesReference",
    "ProjectSpecOperatorSpec",
    "ProjectSpecOperatorSpecConfigMapExpressions",
    "ProjectSpecOperatorSpecSecretExpressions",
    "ProjectSpecOwner",
    "ProjectSpecProperties",
]

publication.publish()

def _typecheckingstub__a86de663a4baa59e4efb279c7943d2feb0b285da0365ec446826c669de3c63e6(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProjectSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1353d8667443cb85f55d77bcab0e66ce55b29c72ca2a3f549e7e58adddf89da(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProjectSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c45bb5823870e63319523a0c82177c9952ca21ec1bbfd8627078737e1a191312(
    *,
    owner: typing.Union[ProjectSpecOwner, typing.Dict[builtins.str, typing.Any]],
    azure_name: typing.Optional[builtins.str] = None,
    identity: typing.Optional[typing.Union[ProjectSpecIdentity, typing.Dict[builtins.str, typing.Any]]] = None,
    location: typing.Optional[builtins.str] = None,
    operator_spec: typing.Optional[typing.Union[ProjectSpecOperatorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    properties: typing.Optional[typing.Union[ProjectSpecProperties, typing.Dict[builtins.str, typing.Any]]] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__196cda48706d47e616bae51b6ec96245579e705b1160d402f6efb363a6e4f84a(
    *,
    type: typing.Optional[ProjectSpecIdentityType] = None,
    user_assigned_identities: typing.Optional[typing.Sequence[typing.Union[ProjectSpecIdentityUserAssignedIdentities, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8135d53b84ef36dff8b97b9996f9ccc03ff0abc6ff959f0d39de9bd0a785e675(
    *,
    reference: typing.Optional[typing.Union[ProjectSpecIdentityUserAssignedIdentitiesReference, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae2650c736461b0a0e19834a5e3b0d46d808321d84d13a6c9719291eeb713916(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d085e6c0f59029d032e1bd8f980dc2fa41c818453a15e206145bd571d0ec1fd(
    *,
    config_map_expressions: typing.Optional[typing.Sequence[typing.Union[ProjectSpecOperatorSpecConfigMapExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    secret_expressions: typing.Optional[typing.Sequence[typing.Union[ProjectSpecOperatorSpecSecretExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a875a728814e368a9317bdaca4c47e4af419435813c6c0553b4d679b7829c3a2(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9725294be5ec0e76e7d900158623d572d9e193c044d3d296fbc3a09556ef31b8(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7a882f2367fcc104fccc2465d49d9c3bf03dd03978ea35ea1acb7fb16d77842(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73baa1f2c85e4bbc9643823aa68f6d9e05bb1a33dcebfea32157730be6077e3b(
    *,
    description: typing.Optional[builtins.str] = None,
    display_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
