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


class RoleAssignment(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="authorization_comazureauthorization.RoleAssignment",
):
    '''
    :schema: RoleAssignment
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["RoleAssignmentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "RoleAssignment" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e2312ba10c2d0c09478f97b9d3174a178e9382133a80c100a764ce5a7d095dc1)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RoleAssignmentProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["RoleAssignmentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "RoleAssignment".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = RoleAssignmentProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "RoleAssignment".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="authorization_comazureauthorization.RoleAssignmentProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class RoleAssignmentProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["RoleAssignmentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: RoleAssignment
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = RoleAssignmentSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff176dfd8dffc5d33891f22828cdfb237302344bf6f6321b2e2d125f57523115)
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
        :schema: RoleAssignment#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["RoleAssignmentSpec"]:
        '''
        :schema: RoleAssignment#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["RoleAssignmentSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RoleAssignmentProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="authorization_comazureauthorization.RoleAssignmentSpec",
    jsii_struct_bases=[],
    name_mapping={
        "owner": "owner",
        "role_definition_reference": "roleDefinitionReference",
        "azure_name": "azureName",
        "condition": "condition",
        "condition_version": "conditionVersion",
        "delegated_managed_identity_resource_reference": "delegatedManagedIdentityResourceReference",
        "description": "description",
        "operator_spec": "operatorSpec",
        "principal_id": "principalId",
        "principal_id_from_config": "principalIdFromConfig",
        "principal_type": "principalType",
    },
)
class RoleAssignmentSpec:
    def __init__(
        self,
        *,
        owner: typing.Union["RoleAssignmentSpecOwner", typing.Dict[builtins.str, typing.Any]],
        role_definition_reference: typing.Union["RoleAssignmentSpecRoleDefinitionReference", typing.Dict[builtins.str, typing.Any]],
        azure_name: typing.Optional[builtins.str] = None,
        condition: typing.Optional[builtins.str] = None,
        condition_version: typing.Optional[builtins.str] = None,
        delegated_managed_identity_resource_reference: typing.Optional[typing.Union["RoleAssignmentSpecDelegatedManagedIdentityResourceReference", typing.Dict[builtins.str, typing.Any]]] = None,
        description: typing.Optional[builtins.str] = None,
        operator_spec: typing.Optional[typing.Union["RoleAssignmentSpecOperatorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        principal_id: typing.Optional[builtins.str] = None,
        principal_id_from_config: typing.Optional[typing.Union["RoleAssignmentSpecPrincipalIdFromConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        principal_type: typing.Optional["RoleAssignmentSpecPrincipalType"] = None,
    ) -> None:
        '''
        :param owner: 
        :param role_definition_reference: 
        :param azure_name: 
        :param condition: 
        :param condition_version: 
        :param delegated_managed_identity_resource_reference: 
        :param description: 
        :param operator_spec: 
        :param principal_id: 
        :param principal_id_from_config: 
        :param principal_type: 

        :schema: RoleAssignmentSpec
        '''
        if isinstance(owner, dict):
            owner = RoleAssignmentSpecOwner(**owner)
        if isinstance(role_definition_reference, dict):
            role_definition_reference = RoleAssignmentSpecRoleDefinitionReference(**role_definition_reference)
        if isinstance(delegated_managed_identity_resource_reference, dict):
            delegated_managed_identity_resource_reference = RoleAssignmentSpecDelegatedManagedIdentityResourceReference(**delegated_managed_identity_resource_reference)
        if isinstance(operator_spec, dict):
            operator_spec = RoleAssignmentSpecOperatorSpec(**operator_spec)
        if isinstance(principal_id_from_config, dict):
            principal_id_from_config = RoleAssignmentSpecPrincipalIdFromConfig(**principal_id_from_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a55b884422a2140bbd92622b4dddb7155518d61b9ee091b922657a72725c5080)
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument role_definition_reference", value=role_definition_reference, expected_type=type_hints["role_definition_reference"])
            check_type(argname="argument azure_name", value=azure_name, expected_type=type_hints["azure_name"])
            check_type(argname="argument condition", value=condition, expected_type=type_hints["condition"])
            check_type(argname="argument condition_version", value=condition_version, expected_type=type_hints["condition_version"])
            check_type(argname="argument delegated_managed_identity_resource_reference", value=delegated_managed_identity_resource_reference, expected_type=type_hints["delegated_managed_identity_resource_reference"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument operator_spec", value=operator_spec, expected_type=type_hints["operator_spec"])
            check_type(argname="argument principal_id", value=principal_id, expected_type=type_hints["principal_id"])
            check_type(argname="argument principal_id_from_config", value=principal_id_from_config, expected_type=type_hints["principal_id_from_config"])
            check_type(argname="argument principal_type", value=principal_type, expected_type=type_hints["principal_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "owner": owner,
            "role_definition_reference": role_definition_reference,
        }
        if azure_name is not None:
            self._values["azure_name"] = azure_name
        if condition is not None:
            self._values["condition"] = condition
        if condition_version is not None:
            self._values["condition_version"] = condition_version
        if delegated_managed_identity_resource_reference is not None:
            self._values["delegated_managed_identity_resource_reference"] = delegated_managed_identity_resource_reference
        if description is not None:
            self._values["description"] = description
        if operator_spec is not None:
            self._values["operator_spec"] = operator_spec
        if principal_id is not None:
            self._values["principal_id"] = principal_id
        if principal_id_from_config is not None:
            self._values["principal_id_from_config"] = principal_id_from_config
        if principal_type is not None:
            self._values["principal_type"] = principal_type

    @builtins.property
    def owner(self) -> "RoleAssignmentSpecOwner":
        '''
        :schema: RoleAssignmentSpec#owner
        '''
        result = self._values.get("owner")
        assert result is not None, "Required property 'owner' is missing"
        return typing.cast("RoleAssignmentSpecOwner", result)

    @builtins.property
    def role_definition_reference(self) -> "RoleAssignmentSpecRoleDefinitionReference":
        '''
        :schema: RoleAssignmentSpec#roleDefinitionReference
        '''
        result = self._values.get("role_definition_reference")
        assert result is not None, "Required property 'role_definition_reference' is missing"
        return typing.cast("RoleAssignmentSpecRoleDefinitionReference", result)

    @builtins.property
    def azure_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpec#azureName
        '''
        result = self._values.get("azure_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def condition(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpec#condition
        '''
        result = self._values.get("condition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def condition_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpec#conditionVersion
        '''
        result = self._values.get("condition_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def delegated_managed_identity_resource_reference(
        self,
    ) -> typing.Optional["RoleAssignmentSpecDelegatedManagedIdentityResourceReference"]:
        '''
        :schema: RoleAssignmentSpec#delegatedManagedIdentityResourceReference
        '''
        result = self._values.get("delegated_managed_identity_resource_reference")
        return typing.cast(typing.Optional["RoleAssignmentSpecDelegatedManagedIdentityResourceReference"], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpec#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator_spec(self) -> typing.Optional["RoleAssignmentSpecOperatorSpec"]:
        '''
        :schema: RoleAssignmentSpec#operatorSpec
        '''
        result = self._values.get("operator_spec")
        return typing.cast(typing.Optional["RoleAssignmentSpecOperatorSpec"], result)

    @builtins.property
    def principal_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpec#principalId
        '''
        result = self._values.get("principal_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def principal_id_from_config(
        self,
    ) -> typing.Optional["RoleAssignmentSpecPrincipalIdFromConfig"]:
        '''
        :schema: RoleAssignmentSpec#principalIdFromConfig
        '''
        result = self._values.get("principal_id_from_config")
        return typing.cast(typing.Optional["RoleAssignmentSpecPrincipalIdFromConfig"], result)

    @builtins.property
    def principal_type(self) -> typing.Optional["RoleAssignmentSpecPrincipalType"]:
        '''
        :schema: RoleAssignmentSpec#principalType
        '''
        result = self._values.get("principal_type")
        return typing.cast(typing.Optional["RoleAssignmentSpecPrincipalType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RoleAssignmentSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="authorization_comazureauthorization.RoleAssignmentSpecDelegatedManagedIdentityResourceReference",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "group": "group", "kind": "kind", "name": "name"},
)
class RoleAssignmentSpecDelegatedManagedIdentityResourceReference:
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

        :schema: RoleAssignmentSpecDelegatedManagedIdentityResourceReference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b7e0b530f97520eb11798a21f48749757dcfb3113c5fadbeb3d0599a4e9e844)
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
        :schema: RoleAssignmentSpecDelegatedManagedIdentityResourceReference#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecDelegatedManagedIdentityResourceReference#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecDelegatedManagedIdentityResourceReference#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecDelegatedManagedIdentityResourceReference#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RoleAssignmentSpecDelegatedManagedIdentityResourceReference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="authorization_comazureauthorization.RoleAssignmentSpecOperatorSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_expressions": "configMapExpressions",
        "naming_convention": "namingConvention",
        "secret_expressions": "secretExpressions",
    },
)
class RoleAssignmentSpecOperatorSpec:
    def __init__(
        self,
        *,
        config_map_expressions: typing.Optional[typing.Sequence[typing.Union["RoleAssignmentSpecOperatorSpecConfigMapExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        naming_convention: typing.Optional["RoleAssignmentSpecOperatorSpecNamingConvention"] = None,
        secret_expressions: typing.Optional[typing.Sequence[typing.Union["RoleAssignmentSpecOperatorSpecSecretExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param config_map_expressions: 
        :param naming_convention: 
        :param secret_expressions: 

        :schema: RoleAssignmentSpecOperatorSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7afcb9ffda2acc81848306b4ca6559eb6b28acf4d32d47490dfd4ec95bf27dfb)
            check_type(argname="argument config_map_expressions", value=config_map_expressions, expected_type=type_hints["config_map_expressions"])
            check_type(argname="argument naming_convention", value=naming_convention, expected_type=type_hints["naming_convention"])
            check_type(argname="argument secret_expressions", value=secret_expressions, expected_type=type_hints["secret_expressions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_expressions is not None:
            self._values["config_map_expressions"] = config_map_expressions
        if naming_convention is not None:
            self._values["naming_convention"] = naming_convention
        if secret_expressions is not None:
            self._values["secret_expressions"] = secret_expressions

    @builtins.property
    def config_map_expressions(
        self,
    ) -> typing.Optional[typing.List["RoleAssignmentSpecOperatorSpecConfigMapExpressions"]]:
        '''
        :schema: RoleAssignmentSpecOperatorSpec#configMapExpressions
        '''
        result = self._values.get("config_map_expressions")
        return typing.cast(typing.Optional[typing.List["RoleAssignmentSpecOperatorSpecConfigMapExpressions"]], result)

    @builtins.property
    def naming_convention(
        self,
    ) -> typing.Optional["RoleAssignmentSpecOperatorSpecNamingConvention"]:
        '''
        :schema: RoleAssignmentSpecOperatorSpec#namingConvention
        '''
        result = self._values.get("naming_convention")
        return typing.cast(typing.Optional["RoleAssignmentSpecOperatorSpecNamingConvention"], result)

    @builtins.property
    def secret_expressions(
        self,
    ) -> typing.Optional[typing.List["RoleAssignmentSpecOperatorSpecSecretExpressions"]]:
        '''
        :schema: RoleAssignmentSpecOperatorSpec#secretExpressions
        '''
        result = self._values.get("secret_expressions")
        return typing.cast(typing.Optional[typing.List["RoleAssignmentSpecOperatorSpecSecretExpressions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RoleAssignmentSpecOperatorSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="authorization_comazureauthorization.RoleAssignmentSpecOperatorSpecConfigMapExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class RoleAssignmentSpecOperatorSpecConfigMapExpressions:
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

        :schema: RoleAssignmentSpecOperatorSpecConfigMapExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37bf370ca0e615409c5c5ed39cf2bd69e85b3e030272036bca87e29fb1e3d045)
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
        :schema: RoleAssignmentSpecOperatorSpecConfigMapExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: RoleAssignmentSpecOperatorSpecConfigMapExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: RoleAssignmentSpecOperatorSpecConfigMapExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecOperatorSpecConfigMapExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: RoleAssignmentSpecOperatorSpecConfigMapExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RoleAssignmentSpecOperatorSpecConfigMapExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="authorization_comazureauthorization.RoleAssignmentSpecOperatorSpecNamingConvention"
)
class RoleAssignmentSpecOperatorSpecNamingConvention(enum.Enum):
    '''
    :schema: RoleAssignmentSpecOperatorSpecNamingConvention
    '''

    RANDOM = "RANDOM"
    '''random.'''
    STABLE = "STABLE"
    '''stable.'''


@jsii.data_type(
    jsii_type="authorization_comazureauthorization.RoleAssignmentSpecOperatorSpecSecretExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class RoleAssignmentSpecOperatorSpecSecretExpressions:
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

        :schema: RoleAssignmentSpecOperatorSpecSecretExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cd36134b0a53e8b11957047b4d6a01f1d14785fc5380b70ab315dacf01211ac9)
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
        :schema: RoleAssignmentSpecOperatorSpecSecretExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: RoleAssignmentSpecOperatorSpecSecretExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: RoleAssignmentSpecOperatorSpecSecretExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecOperatorSpecSecretExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: RoleAssignmentSpecOperatorSpecSecretExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RoleAssignmentSpecOperatorSpecSecretExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="authorization_comazureauthorization.RoleAssignmentSpecOwner",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "group": "group", "kind": "kind", "name": "name"},
)
class RoleAssignmentSpecOwner:
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

        :schema: RoleAssignmentSpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c21819469e63f6ad2f04426f64377099e45fb1df8be0060fbbcf7dc4f733faf)
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
        :schema: RoleAssignmentSpecOwner#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecOwner#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecOwner#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecOwner#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RoleAssignmentSpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="authorization_comazureauthorization.RoleAssignmentSpecPrincipalIdFromConfig",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class RoleAssignmentSpecPrincipalIdFromConfig:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: RoleAssignmentSpecPrincipalIdFromConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8bb0e8dd9927783e37aed383fe6b0846951cb72fce138d79665f01f08d47254b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: RoleAssignmentSpecPrincipalIdFromConfig#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: RoleAssignmentSpecPrincipalIdFromConfig#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RoleAssignmentSpecPrincipalIdFromConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="authorization_comazureauthorization.RoleAssignmentSpecPrincipalType"
)
class RoleAssignmentSpecPrincipalType(enum.Enum):
    '''
    :schema: RoleAssignmentSpecPrincipalType
    '''

    DEVICE = "DEVICE"
    '''Device.'''
    FOREIGN_GROUP = "FOREIGN_GROUP"
    '''ForeignGroup.'''
    GROUP = "GROUP"
    '''Group.'''
    SERVICE_PRINCIPAL = "SERVICE_PRINCIPAL"
    '''ServicePrincipal.'''
    USER = "USER"
    '''User.'''


@jsii.data_type(
    jsii_type="authorization_comazureauthorization.RoleAssignmentSpecRoleDefinitionReference",
    jsii_struct_bases=[],
    name_mapping={
        "arm_id": "armId",
        "group": "group",
        "kind": "kind",
        "name": "name",
        "well_known_name": "wellKnownName",
    },
)
class RoleAssignmentSpecRoleDefinitionReference:
    def __init__(
        self,
        *,
        arm_id: typing.Optional[builtins.str] = None,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        well_known_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param arm_id: 
        :param group: 
        :param kind: 
        :param name: 
        :param well_known_name: 

        :schema: RoleAssignmentSpecRoleDefinitionReference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d98b795a03f7ee5cd386e2c71cf5a460d78892fc66debd30579a0d16a9988e9)
            check_type(argname="argument arm_id", value=arm_id, expected_type=type_hints["arm_id"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument well_known_name", value=well_known_name, expected_type=type_hints["well_known_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if arm_id is not None:
            self._values["arm_id"] = arm_id
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name
        if well_known_name is not None:
            self._values["well_known_name"] = well_known_name

    @builtins.property
    def arm_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecRoleDefinitionReference#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecRoleDefinitionReference#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecRoleDefinitionReference#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecRoleDefinitionReference#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def well_known_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RoleAssignmentSpecRoleDefinitionReference#wellKnownName
        '''
        result = self._values.get("well_known_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RoleAssignmentSpecRoleDefinitionReference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "RoleAssignment",
    "RoleAssignmentProps",
    "RoleAssignmentSpec",
    "RoleAssignmentSpecDelegatedManagedIdentityResourceReference",
    "RoleAssignmentSpecOperatorSpec",
    "RoleAssignmentSpecOperatorSpecConfigMapExpressions",
    "RoleAssignmentSpecOperatorSpecNamingConvention",
    "RoleAssignmentSpecOperatorSpecSecretExpressions",
    "RoleAssignmentSpecOwner",
    "RoleAssignmentSpecPrincipalIdFromConfig",
    "RoleAssignmentSpecPrincipalType",
    "RoleAssignmentSpecRoleDefinitionReference",
]

publication.publish()

def _typecheckingstub__e2312ba10c2d0c09478f97b9d3174a178e9382133a80c100a764ce5a7d095dc1(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[RoleAssignmentSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff176dfd8dffc5d33891f22828cdfb237302344bf6f6321b2e2d125f57523115(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[RoleAssignmentSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a55b884422a2140bbd92622b4dddb7155518d61b9ee091b922657a72725c5080(
    *,
    owner: typing.Union[RoleAssignmentSpecOwner, typing.Dict[builtins.str, typing.Any]],
    role_definition_reference: typing.Union[RoleAssignmentSpecRoleDefinitionReference, typing.Dict[builtins.str, typing.Any]],
    azure_name: typing.Optional[builtins.str] = None,
    condition: typing.Optional[builtins.str] = None,
    condition_version: typing.Optional[builtins.str] = None,
    delegated_managed_identity_resource_reference: typing.Optional[typing.Union[RoleAssignmentSpecDelegatedManagedIdentityResourceReference, typing.Dict[builtins.str, typing.Any]]] = None,
    description: typing.Optional[builtins.str] = None,
    operator_spec: typing.Optional[typing.Union[RoleAssignmentSpecOperatorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    principal_id: typing.Optional[builtins.str] = None,
    principal_id_from_config: typing.Optional[typing.Union[RoleAssignmentSpecPrincipalIdFromConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    principal_type: typing.Optional[RoleAssignmentSpecPrincipalType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b7e0b530f97520eb11798a21f48749757dcfb3113c5fadbeb3d0599a4e9e844(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7afcb9ffda2acc81848306b4ca6559eb6b28acf4d32d47490dfd4ec95bf27dfb(
    *,
    config_map_expressions: typing.Optional[typing.Sequence[typing.Union[RoleAssignmentSpecOperatorSpecConfigMapExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    naming_convention: typing.Optional[RoleAssignmentSpecOperatorSpecNamingConvention] = None,
    secret_expressions: typing.Optional[typing.Sequence[typing.Union[RoleAssignmentSpecOperatorSpecSecretExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37bf370ca0e615409c5c5ed39cf2bd69e85b3e030272036bca87e29fb1e3d045(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd36134b0a53e8b11957047b4d6a01f1d14785fc5380b70ab315dacf01211ac9(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c21819469e63f6ad2f04426f64377099e45fb1df8be0060fbbcf7dc4f733faf(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8bb0e8dd9927783e37aed383fe6b0846951cb72fce138d79665f01f08d47254b(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d98b795a03f7ee5cd386e2c71cf5a460d78892fc66debd30579a0d16a9988e9(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    well_known_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
