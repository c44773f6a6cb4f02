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


class Component(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="insights_comazureinsights.Component",
):
    '''
    :schema: Component
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ComponentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Component" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa470bacac72dc76b38d6c8e7ac220701241de7bcdef6673ad664a6c4f78979a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ComponentProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ComponentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Component".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ComponentProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Component".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="insights_comazureinsights.ComponentProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ComponentProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ComponentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Component
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ComponentSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__26622e81d7f3e7825dc18f2c8833c7263765179ec6f9045c8e9a95ea414e5481)
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
        :schema: Component#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ComponentSpec"]:
        '''
        :schema: Component#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ComponentSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComponentProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="insights_comazureinsights.ComponentSpec",
    jsii_struct_bases=[],
    name_mapping={
        "application_type": "applicationType",
        "kind": "kind",
        "location": "location",
        "owner": "owner",
        "azure_name": "azureName",
        "disable_ip_masking": "disableIpMasking",
        "disable_local_auth": "disableLocalAuth",
        "etag": "etag",
        "flow_type": "flowType",
        "force_customer_storage_for_profiler": "forceCustomerStorageForProfiler",
        "hockey_app_id": "hockeyAppId",
        "immediate_purge_data_on30_days": "immediatePurgeDataOn30Days",
        "ingestion_mode": "ingestionMode",
        "operator_spec": "operatorSpec",
        "public_network_access_for_ingestion": "publicNetworkAccessForIngestion",
        "public_network_access_for_query": "publicNetworkAccessForQuery",
        "request_source": "requestSource",
        "retention_in_days": "retentionInDays",
        "sampling_percentage": "samplingPercentage",
        "tags": "tags",
        "workspace_resource_reference": "workspaceResourceReference",
    },
)
class ComponentSpec:
    def __init__(
        self,
        *,
        application_type: "ComponentSpecApplicationType",
        kind: builtins.str,
        location: builtins.str,
        owner: typing.Union["ComponentSpecOwner", typing.Dict[builtins.str, typing.Any]],
        azure_name: typing.Optional[builtins.str] = None,
        disable_ip_masking: typing.Optional[builtins.bool] = None,
        disable_local_auth: typing.Optional[builtins.bool] = None,
        etag: typing.Optional[builtins.str] = None,
        flow_type: typing.Optional["ComponentSpecFlowType"] = None,
        force_customer_storage_for_profiler: typing.Optional[builtins.bool] = None,
        hockey_app_id: typing.Optional[builtins.str] = None,
        immediate_purge_data_on30_days: typing.Optional[builtins.bool] = None,
        ingestion_mode: typing.Optional["ComponentSpecIngestionMode"] = None,
        operator_spec: typing.Optional[typing.Union["ComponentSpecOperatorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        public_network_access_for_ingestion: typing.Optional["ComponentSpecPublicNetworkAccessForIngestion"] = None,
        public_network_access_for_query: typing.Optional["ComponentSpecPublicNetworkAccessForQuery"] = None,
        request_source: typing.Optional["ComponentSpecRequestSource"] = None,
        retention_in_days: typing.Optional[jsii.Number] = None,
        sampling_percentage: typing.Optional[jsii.Number] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        workspace_resource_reference: typing.Optional[typing.Union["ComponentSpecWorkspaceResourceReference", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param application_type: 
        :param kind: 
        :param location: 
        :param owner: 
        :param azure_name: 
        :param disable_ip_masking: 
        :param disable_local_auth: 
        :param etag: 
        :param flow_type: 
        :param force_customer_storage_for_profiler: 
        :param hockey_app_id: 
        :param immediate_purge_data_on30_days: 
        :param ingestion_mode: 
        :param operator_spec: 
        :param public_network_access_for_ingestion: 
        :param public_network_access_for_query: 
        :param request_source: 
        :param retention_in_days: 
        :param sampling_percentage: 
        :param tags: 
        :param workspace_resource_reference: 

        :schema: ComponentSpec
        '''
        if isinstance(owner, dict):
            owner = ComponentSpecOwner(**owner)
        if isinstance(operator_spec, dict):
            operator_spec = ComponentSpecOperatorSpec(**operator_spec)
        if isinstance(workspace_resource_reference, dict):
            workspace_resource_reference = ComponentSpecWorkspaceResourceReference(**workspace_resource_reference)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed27691c728d4950ca4f5e45383692116a9987f0ac7bd700de46211d67220ddb)
            check_type(argname="argument application_type", value=application_type, expected_type=type_hints["application_type"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument azure_name", value=azure_name, expected_type=type_hints["azure_name"])
            check_type(argname="argument disable_ip_masking", value=disable_ip_masking, expected_type=type_hints["disable_ip_masking"])
            check_type(argname="argument disable_local_auth", value=disable_local_auth, expected_type=type_hints["disable_local_auth"])
            check_type(argname="argument etag", value=etag, expected_type=type_hints["etag"])
            check_type(argname="argument flow_type", value=flow_type, expected_type=type_hints["flow_type"])
            check_type(argname="argument force_customer_storage_for_profiler", value=force_customer_storage_for_profiler, expected_type=type_hints["force_customer_storage_for_profiler"])
            check_type(argname="argument hockey_app_id", value=hockey_app_id, expected_type=type_hints["hockey_app_id"])
            check_type(argname="argument immediate_purge_data_on30_days", value=immediate_purge_data_on30_days, expected_type=type_hints["immediate_purge_data_on30_days"])
            check_type(argname="argument ingestion_mode", value=ingestion_mode, expected_type=type_hints["ingestion_mode"])
            check_type(argname="argument operator_spec", value=operator_spec, expected_type=type_hints["operator_spec"])
            check_type(argname="argument public_network_access_for_ingestion", value=public_network_access_for_ingestion, expected_type=type_hints["public_network_access_for_ingestion"])
            check_type(argname="argument public_network_access_for_query", value=public_network_access_for_query, expected_type=type_hints["public_network_access_for_query"])
            check_type(argname="argument request_source", value=request_source, expected_type=type_hints["request_source"])
            check_type(argname="argument retention_in_days", value=retention_in_days, expected_type=type_hints["retention_in_days"])
            check_type(argname="argument sampling_percentage", value=sampling_percentage, expected_type=type_hints["sampling_percentage"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument workspace_resource_reference", value=workspace_resource_reference, expected_type=type_hints["workspace_resource_reference"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "application_type": application_type,
            "kind": kind,
            "location": location,
            "owner": owner,
        }
        if azure_name is not None:
            self._values["azure_name"] = azure_name
        if disable_ip_masking is not None:
            self._values["disable_ip_masking"] = disable_ip_masking
        if disable_local_auth is not None:
            self._values["disable_local_auth"] = disable_local_auth
        if etag is not None:
            self._values["etag"] = etag
        if flow_type is not None:
            self._values["flow_type"] = flow_type
        if force_customer_storage_for_profiler is not None:
            self._values["force_customer_storage_for_profiler"] = force_customer_storage_for_profiler
        if hockey_app_id is not None:
            self._values["hockey_app_id"] = hockey_app_id
        if immediate_purge_data_on30_days is not None:
            self._values["immediate_purge_data_on30_days"] = immediate_purge_data_on30_days
        if ingestion_mode is not None:
            self._values["ingestion_mode"] = ingestion_mode
        if operator_spec is not None:
            self._values["operator_spec"] = operator_spec
        if public_network_access_for_ingestion is not None:
            self._values["public_network_access_for_ingestion"] = public_network_access_for_ingestion
        if public_network_access_for_query is not None:
            self._values["public_network_access_for_query"] = public_network_access_for_query
        if request_source is not None:
            self._values["request_source"] = request_source
        if retention_in_days is not None:
            self._values["retention_in_days"] = retention_in_days
        if sampling_percentage is not None:
            self._values["sampling_percentage"] = sampling_percentage
        if tags is not None:
            self._values["tags"] = tags
        if workspace_resource_reference is not None:
            self._values["workspace_resource_reference"] = workspace_resource_reference

    @builtins.property
    def application_type(self) -> "ComponentSpecApplicationType":
        '''
        :schema: ComponentSpec#Application_Type
        '''
        result = self._values.get("application_type")
        assert result is not None, "Required property 'application_type' is missing"
        return typing.cast("ComponentSpecApplicationType", result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: ComponentSpec#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def location(self) -> builtins.str:
        '''
        :schema: ComponentSpec#location
        '''
        result = self._values.get("location")
        assert result is not None, "Required property 'location' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def owner(self) -> "ComponentSpecOwner":
        '''
        :schema: ComponentSpec#owner
        '''
        result = self._values.get("owner")
        assert result is not None, "Required property 'owner' is missing"
        return typing.cast("ComponentSpecOwner", result)

    @builtins.property
    def azure_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ComponentSpec#azureName
        '''
        result = self._values.get("azure_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disable_ip_masking(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ComponentSpec#DisableIpMasking
        '''
        result = self._values.get("disable_ip_masking")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def disable_local_auth(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ComponentSpec#DisableLocalAuth
        '''
        result = self._values.get("disable_local_auth")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def etag(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ComponentSpec#etag
        '''
        result = self._values.get("etag")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def flow_type(self) -> typing.Optional["ComponentSpecFlowType"]:
        '''
        :schema: ComponentSpec#Flow_Type
        '''
        result = self._values.get("flow_type")
        return typing.cast(typing.Optional["ComponentSpecFlowType"], result)

    @builtins.property
    def force_customer_storage_for_profiler(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ComponentSpec#ForceCustomerStorageForProfiler
        '''
        result = self._values.get("force_customer_storage_for_profiler")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def hockey_app_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ComponentSpec#HockeyAppId
        '''
        result = self._values.get("hockey_app_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def immediate_purge_data_on30_days(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ComponentSpec#ImmediatePurgeDataOn30Days
        '''
        result = self._values.get("immediate_purge_data_on30_days")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ingestion_mode(self) -> typing.Optional["ComponentSpecIngestionMode"]:
        '''
        :schema: ComponentSpec#IngestionMode
        '''
        result = self._values.get("ingestion_mode")
        return typing.cast(typing.Optional["ComponentSpecIngestionMode"], result)

    @builtins.property
    def operator_spec(self) -> typing.Optional["ComponentSpecOperatorSpec"]:
        '''
        :schema: ComponentSpec#operatorSpec
        '''
        result = self._values.get("operator_spec")
        return typing.cast(typing.Optional["ComponentSpecOperatorSpec"], result)

    @builtins.property
    def public_network_access_for_ingestion(
        self,
    ) -> typing.Optional["ComponentSpecPublicNetworkAccessForIngestion"]:
        '''
        :schema: ComponentSpec#publicNetworkAccessForIngestion
        '''
        result = self._values.get("public_network_access_for_ingestion")
        return typing.cast(typing.Optional["ComponentSpecPublicNetworkAccessForIngestion"], result)

    @builtins.property
    def public_network_access_for_query(
        self,
    ) -> typing.Optional["ComponentSpecPublicNetworkAccessForQuery"]:
        '''
        :schema: ComponentSpec#publicNetworkAccessForQuery
        '''
        result = self._values.get("public_network_access_for_query")
        return typing.cast(typing.Optional["ComponentSpecPublicNetworkAccessForQuery"], result)

    @builtins.property
    def request_source(self) -> typing.Optional["ComponentSpecRequestSource"]:
        '''
        :schema: ComponentSpec#Request_Source
        '''
        result = self._values.get("request_source")
        return typing.cast(typing.Optional["ComponentSpecRequestSource"], result)

    @builtins.property
    def retention_in_days(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ComponentSpec#RetentionInDays
        '''
        result = self._values.get("retention_in_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def sampling_percentage(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ComponentSpec#SamplingPercentage
        '''
        result = self._values.get("sampling_percentage")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ComponentSpec#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def workspace_resource_reference(
        self,
    ) -> typing.Optional["ComponentSpecWorkspaceResourceReference"]:
        '''
        :schema: ComponentSpec#workspaceResourceReference
        '''
        result = self._values.get("workspace_resource_reference")
        return typing.cast(typing.Optional["ComponentSpecWorkspaceResourceReference"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComponentSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="insights_comazureinsights.ComponentSpecApplicationType")
class ComponentSpecApplicationType(enum.Enum):
    '''
    :schema: ComponentSpecApplicationType
    '''

    OTHER = "OTHER"
    '''other.'''
    WEB = "WEB"
    '''web.'''


@jsii.enum(jsii_type="insights_comazureinsights.ComponentSpecFlowType")
class ComponentSpecFlowType(enum.Enum):
    '''
    :schema: ComponentSpecFlowType
    '''

    BLUEFIELD = "BLUEFIELD"
    '''Bluefield.'''


@jsii.enum(jsii_type="insights_comazureinsights.ComponentSpecIngestionMode")
class ComponentSpecIngestionMode(enum.Enum):
    '''
    :schema: ComponentSpecIngestionMode
    '''

    APPLICATION_INSIGHTS = "APPLICATION_INSIGHTS"
    '''ApplicationInsights.'''
    APPLICATION_INSIGHTS_WITH_DIAGNOSTIC_SETTINGS = "APPLICATION_INSIGHTS_WITH_DIAGNOSTIC_SETTINGS"
    '''ApplicationInsightsWithDiagnosticSettings.'''
    LOG_ANALYTICS = "LOG_ANALYTICS"
    '''LogAnalytics.'''


@jsii.data_type(
    jsii_type="insights_comazureinsights.ComponentSpecOperatorSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_expressions": "configMapExpressions",
        "config_maps": "configMaps",
        "secret_expressions": "secretExpressions",
    },
)
class ComponentSpecOperatorSpec:
    def __init__(
        self,
        *,
        config_map_expressions: typing.Optional[typing.Sequence[typing.Union["ComponentSpecOperatorSpecConfigMapExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        config_maps: typing.Optional[typing.Union["ComponentSpecOperatorSpecConfigMaps", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_expressions: typing.Optional[typing.Sequence[typing.Union["ComponentSpecOperatorSpecSecretExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param config_map_expressions: 
        :param config_maps: 
        :param secret_expressions: 

        :schema: ComponentSpecOperatorSpec
        '''
        if isinstance(config_maps, dict):
            config_maps = ComponentSpecOperatorSpecConfigMaps(**config_maps)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__529573385b237bf96c100b1d298bff03ef107aa63233ca523e0ca94516e4473b)
            check_type(argname="argument config_map_expressions", value=config_map_expressions, expected_type=type_hints["config_map_expressions"])
            check_type(argname="argument config_maps", value=config_maps, expected_type=type_hints["config_maps"])
            check_type(argname="argument secret_expressions", value=secret_expressions, expected_type=type_hints["secret_expressions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_expressions is not None:
            self._values["config_map_expressions"] = config_map_expressions
        if config_maps is not None:
            self._values["config_maps"] = config_maps
        if secret_expressions is not None:
            self._values["secret_expressions"] = secret_expressions

    @builtins.property
    def config_map_expressions(
        self,
    ) -> typing.Optional[typing.List["ComponentSpecOperatorSpecConfigMapExpressions"]]:
        '''
        :schema: ComponentSpecOperatorSpec#configMapExpressions
        '''
        result = self._values.get("config_map_expressions")
        return typing.cast(typing.Optional[typing.List["ComponentSpecOperatorSpecConfigMapExpressions"]], result)

    @builtins.property
    def config_maps(self) -> typing.Optional["ComponentSpecOperatorSpecConfigMaps"]:
        '''
        :schema: ComponentSpecOperatorSpec#configMaps
        '''
        result = self._values.get("config_maps")
        return typing.cast(typing.Optional["ComponentSpecOperatorSpecConfigMaps"], result)

    @builtins.property
    def secret_expressions(
        self,
    ) -> typing.Optional[typing.List["ComponentSpecOperatorSpecSecretExpressions"]]:
        '''
        :schema: ComponentSpecOperatorSpec#secretExpressions
        '''
        result = self._values.get("secret_expressions")
        return typing.cast(typing.Optional[typing.List["ComponentSpecOperatorSpecSecretExpressions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComponentSpecOperatorSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="insights_comazureinsights.ComponentSpecOperatorSpecConfigMapExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class ComponentSpecOperatorSpecConfigMapExpressions:
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

        :schema: ComponentSpecOperatorSpecConfigMapExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__811d899ae90cec4f98b3f5723082563e58906fc1a4ab5a62c1787f34cb8313c1)
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
        :schema: ComponentSpecOperatorSpecConfigMapExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComponentSpecOperatorSpecConfigMapExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="insights_comazureinsights.ComponentSpecOperatorSpecConfigMaps",
    jsii_struct_bases=[],
    name_mapping={
        "connection_string": "connectionString",
        "instrumentation_key": "instrumentationKey",
    },
)
class ComponentSpecOperatorSpecConfigMaps:
    def __init__(
        self,
        *,
        connection_string: typing.Optional[typing.Union["ComponentSpecOperatorSpecConfigMapsConnectionString", typing.Dict[builtins.str, typing.Any]]] = None,
        instrumentation_key: typing.Optional[typing.Union["ComponentSpecOperatorSpecConfigMapsInstrumentationKey", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection_string: 
        :param instrumentation_key: 

        :schema: ComponentSpecOperatorSpecConfigMaps
        '''
        if isinstance(connection_string, dict):
            connection_string = ComponentSpecOperatorSpecConfigMapsConnectionString(**connection_string)
        if isinstance(instrumentation_key, dict):
            instrumentation_key = ComponentSpecOperatorSpecConfigMapsInstrumentationKey(**instrumentation_key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ab2c1bb4130b1b21aec97d09b4ebd7df4f8ef73709e43195570e246cad98914)
            check_type(argname="argument connection_string", value=connection_string, expected_type=type_hints["connection_string"])
            check_type(argname="argument instrumentation_key", value=instrumentation_key, expected_type=type_hints["instrumentation_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_string is not None:
            self._values["connection_string"] = connection_string
        if instrumentation_key is not None:
            self._values["instrumentation_key"] = instrumentation_key

    @builtins.property
    def connection_string(
        self,
    ) -> typing.Optional["ComponentSpecOperatorSpecConfigMapsConnectionString"]:
        '''
        :schema: ComponentSpecOperatorSpecConfigMaps#connectionString
        '''
        result = self._values.get("connection_string")
        return typing.cast(typing.Optional["ComponentSpecOperatorSpecConfigMapsConnectionString"], result)

    @builtins.property
    def instrumentation_key(
        self,
    ) -> typing.Optional["ComponentSpecOperatorSpecConfigMapsInstrumentationKey"]:
        '''
        :schema: ComponentSpecOperatorSpecConfigMaps#instrumentationKey
        '''
        result = self._values.get("instrumentation_key")
        return typing.cast(typing.Optional["ComponentSpecOperatorSpecConfigMapsInstrumentationKey"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComponentSpecOperatorSpecConfigMaps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="insights_comazureinsights.ComponentSpecOperatorSpecConfigMapsConnectionString",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "name": "name",
        "annotations": "annotations",
        "labels": "labels",
    },
)
class ComponentSpecOperatorSpecConfigMapsConnectionString:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param annotations: 
        :param labels: 

        :schema: ComponentSpecOperatorSpecConfigMapsConnectionString
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__710c9e078b976c18b6da4a4c70f24b6356527170d7c64e3f1a69f1d571b6f6f2)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapsConnectionString#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapsConnectionString#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapsConnectionString#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapsConnectionString#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComponentSpecOperatorSpecConfigMapsConnectionString(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="insights_comazureinsights.ComponentSpecOperatorSpecConfigMapsInstrumentationKey",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "name": "name",
        "annotations": "annotations",
        "labels": "labels",
    },
)
class ComponentSpecOperatorSpecConfigMapsInstrumentationKey:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param annotations: 
        :param labels: 

        :schema: ComponentSpecOperatorSpecConfigMapsInstrumentationKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d17f3fb9c382934b6ac3c033b95e2b2eedf97e7a6a87516c5d3d7c81f29173ea)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapsInstrumentationKey#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapsInstrumentationKey#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapsInstrumentationKey#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ComponentSpecOperatorSpecConfigMapsInstrumentationKey#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComponentSpecOperatorSpecConfigMapsInstrumentationKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="insights_comazureinsights.ComponentSpecOperatorSpecSecretExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class ComponentSpecOperatorSpecSecretExpressions:
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

        :schema: ComponentSpecOperatorSpecSecretExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7955fd47e16d84dc23ac7e57c0a9956713dfe18b8121292ed37867f2b597204d)
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
        :schema: ComponentSpecOperatorSpecSecretExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ComponentSpecOperatorSpecSecretExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ComponentSpecOperatorSpecSecretExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ComponentSpecOperatorSpecSecretExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ComponentSpecOperatorSpecSecretExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComponentSpecOperatorSpecSecretExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="insights_comazureinsights.ComponentSpecOwner",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "name": "name"},
)
class ComponentSpecOwner:
    def __init__(
        self,
        *,
        arm_id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param arm_id: 
        :param name: 

        :schema: ComponentSpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9081e2b91b9e3ca0f301a750fb8b530d14bbff5d22f6da434a72f942794fa805)
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
        :schema: ComponentSpecOwner#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ComponentSpecOwner#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComponentSpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="insights_comazureinsights.ComponentSpecPublicNetworkAccessForIngestion"
)
class ComponentSpecPublicNetworkAccessForIngestion(enum.Enum):
    '''
    :schema: ComponentSpecPublicNetworkAccessForIngestion
    '''

    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="insights_comazureinsights.ComponentSpecPublicNetworkAccessForQuery"
)
class ComponentSpecPublicNetworkAccessForQuery(enum.Enum):
    '''
    :schema: ComponentSpecPublicNetworkAccessForQuery
    '''

    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(jsii_type="insights_comazureinsights.ComponentSpecRequestSource")
class ComponentSpecRequestSource(enum.Enum):
    '''
    :schema: ComponentSpecRequestSource
    '''

    REST = "REST"
    '''rest.'''


@jsii.data_type(
    jsii_type="insights_comazureinsights.ComponentSpecWorkspaceResourceReference",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "group": "group", "kind": "kind", "name": "name"},
)
class ComponentSpecWorkspaceResourceReference:
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

        :schema: ComponentSpecWorkspaceResourceReference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b732c6f3153ea39f7a2fbb0266262eb5834fb1466b42deac5b0fc2a9f52a47d7)
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
        :schema: ComponentSpecWorkspaceResourceReference#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ComponentSpecWorkspaceResourceReference#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ComponentSpecWorkspaceResourceReference#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ComponentSpecWorkspaceResourceReference#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ComponentSpecWorkspaceResourceReference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Component",
    "ComponentProps",
    "ComponentSpec",
    "ComponentSpecApplicationType",
    "ComponentSpecFlowType",
    "ComponentSpecIngestionMode",
    "ComponentSpecOperatorSpec",
    "ComponentSpecOperatorSpecConfigMapExpressions",
    "ComponentSpecOperatorSpecConfigMaps",
    "ComponentSpecOperatorSpecConfigMapsConnectionString",
    "ComponentSpecOperatorSpecConfigMapsInstrumentationKey",
    "ComponentSpecOperatorSpecSecretExpressions",
    "ComponentSpecOwner",
    "ComponentSpecPublicNetworkAccessForIngestion",
    "ComponentSpecPublicNetworkAccessForQuery",
    "ComponentSpecRequestSource",
    "ComponentSpecWorkspaceResourceReference",
]

publication.publish()

def _typecheckingstub__fa470bacac72dc76b38d6c8e7ac220701241de7bcdef6673ad664a6c4f78979a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ComponentSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26622e81d7f3e7825dc18f2c8833c7263765179ec6f9045c8e9a95ea414e5481(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ComponentSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed27691c728d4950ca4f5e45383692116a9987f0ac7bd700de46211d67220ddb(
    *,
    application_type: ComponentSpecApplicationType,
    kind: builtins.str,
    location: builtins.str,
    owner: typing.Union[ComponentSpecOwner, typing.Dict[builtins.str, typing.Any]],
    azure_name: typing.Optional[builtins.str] = None,
    disable_ip_masking: typing.Optional[builtins.bool] = None,
    disable_local_auth: typing.Optional[builtins.bool] = None,
    etag: typing.Optional[builtins.str] = None,
    flow_type: typing.Optional[ComponentSpecFlowType] = None,
    force_customer_storage_for_profiler: typing.Optional[builtins.bool] = None,
    hockey_app_id: typing.Optional[builtins.str] = None,
    immediate_purge_data_on30_days: typing.Optional[builtins.bool] = None,
    ingestion_mode: typing.Optional[ComponentSpecIngestionMode] = None,
    operator_spec: typing.Optional[typing.Union[ComponentSpecOperatorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    public_network_access_for_ingestion: typing.Optional[ComponentSpecPublicNetworkAccessForIngestion] = None,
    public_network_access_for_query: typing.Optional[ComponentSpecPublicNetworkAccessForQuery] = None,
    request_source: typing.Optional[ComponentSpecRequestSource] = None,
    retention_in_days: typing.Optional[jsii.Number] = None,
    sampling_percentage: typing.Optional[jsii.Number] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    workspace_resource_reference: typing.Optional[typing.Union[ComponentSpecWorkspaceResourceReference, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__529573385b237bf96c100b1d298bff03ef107aa63233ca523e0ca94516e4473b(
    *,
    config_map_expressions: typing.Optional[typing.Sequence[typing.Union[ComponentSpecOperatorSpecConfigMapExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    config_maps: typing.Optional[typing.Union[ComponentSpecOperatorSpecConfigMaps, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_expressions: typing.Optional[typing.Sequence[typing.Union[ComponentSpecOperatorSpecSecretExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__811d899ae90cec4f98b3f5723082563e58906fc1a4ab5a62c1787f34cb8313c1(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ab2c1bb4130b1b21aec97d09b4ebd7df4f8ef73709e43195570e246cad98914(
    *,
    connection_string: typing.Optional[typing.Union[ComponentSpecOperatorSpecConfigMapsConnectionString, typing.Dict[builtins.str, typing.Any]]] = None,
    instrumentation_key: typing.Optional[typing.Union[ComponentSpecOperatorSpecConfigMapsInstrumentationKey, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__710c9e078b976c18b6da4a4c70f24b6356527170d7c64e3f1a69f1d571b6f6f2(
    *,
    key: builtins.str,
    name: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d17f3fb9c382934b6ac3c033b95e2b2eedf97e7a6a87516c5d3d7c81f29173ea(
    *,
    key: builtins.str,
    name: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7955fd47e16d84dc23ac7e57c0a9956713dfe18b8121292ed37867f2b597204d(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9081e2b91b9e3ca0f301a750fb8b530d14bbff5d22f6da434a72f942794fa805(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b732c6f3153ea39f7a2fbb0266262eb5834fb1466b42deac5b0fc2a9f52a47d7(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
