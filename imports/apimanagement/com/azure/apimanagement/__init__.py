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


class Backend(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="apimanagement_comazureapimanagement.Backend",
):
    '''
    :schema: Backend
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackendSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Backend" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__57b8c2ad4322ce67b09d57f0601add0175a8b6bf4542e8f716d2636fd6194e89)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = BackendProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackendSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Backend".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = BackendProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Backend".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class BackendProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["BackendSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Backend
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = BackendSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__26828fcca7254c1297451fdb31a3ed5c81d57d09b139051e1bd9891d551a5305)
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
        :schema: Backend#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["BackendSpec"]:
        '''
        :schema: Backend#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["BackendSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpec",
    jsii_struct_bases=[],
    name_mapping={
        "owner": "owner",
        "azure_name": "azureName",
        "circuit_breaker": "circuitBreaker",
        "credentials": "credentials",
        "description": "description",
        "operator_spec": "operatorSpec",
        "pool": "pool",
        "properties": "properties",
        "protocol": "protocol",
        "proxy": "proxy",
        "resource_reference": "resourceReference",
        "title": "title",
        "tls": "tls",
        "type": "type",
        "url": "url",
    },
)
class BackendSpec:
    def __init__(
        self,
        *,
        owner: typing.Union["BackendSpecOwner", typing.Dict[builtins.str, typing.Any]],
        azure_name: typing.Optional[builtins.str] = None,
        circuit_breaker: typing.Optional[typing.Union["BackendSpecCircuitBreaker", typing.Dict[builtins.str, typing.Any]]] = None,
        credentials: typing.Optional[typing.Union["BackendSpecCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        description: typing.Optional[builtins.str] = None,
        operator_spec: typing.Optional[typing.Union["BackendSpecOperatorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        pool: typing.Optional[typing.Union["BackendSpecPool", typing.Dict[builtins.str, typing.Any]]] = None,
        properties: typing.Optional[typing.Union["BackendSpecProperties", typing.Dict[builtins.str, typing.Any]]] = None,
        protocol: typing.Optional["BackendSpecProtocol"] = None,
        proxy: typing.Optional[typing.Union["BackendSpecProxy", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_reference: typing.Optional[typing.Union["BackendSpecResourceReference", typing.Dict[builtins.str, typing.Any]]] = None,
        title: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["BackendSpecTls", typing.Dict[builtins.str, typing.Any]]] = None,
        type: typing.Optional["BackendSpecType"] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param owner: 
        :param azure_name: 
        :param circuit_breaker: 
        :param credentials: 
        :param description: 
        :param operator_spec: 
        :param pool: 
        :param properties: 
        :param protocol: 
        :param proxy: 
        :param resource_reference: 
        :param title: 
        :param tls: 
        :param type: 
        :param url: 

        :schema: BackendSpec
        '''
        if isinstance(owner, dict):
            owner = BackendSpecOwner(**owner)
        if isinstance(circuit_breaker, dict):
            circuit_breaker = BackendSpecCircuitBreaker(**circuit_breaker)
        if isinstance(credentials, dict):
            credentials = BackendSpecCredentials(**credentials)
        if isinstance(operator_spec, dict):
            operator_spec = BackendSpecOperatorSpec(**operator_spec)
        if isinstance(pool, dict):
            pool = BackendSpecPool(**pool)
        if isinstance(properties, dict):
            properties = BackendSpecProperties(**properties)
        if isinstance(proxy, dict):
            proxy = BackendSpecProxy(**proxy)
        if isinstance(resource_reference, dict):
            resource_reference = BackendSpecResourceReference(**resource_reference)
        if isinstance(tls, dict):
            tls = BackendSpecTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__53da62937f48f6a622fb3542897966cc7797a6ac88a101bff54f1f83f0eadf69)
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument azure_name", value=azure_name, expected_type=type_hints["azure_name"])
            check_type(argname="argument circuit_breaker", value=circuit_breaker, expected_type=type_hints["circuit_breaker"])
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument operator_spec", value=operator_spec, expected_type=type_hints["operator_spec"])
            check_type(argname="argument pool", value=pool, expected_type=type_hints["pool"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument proxy", value=proxy, expected_type=type_hints["proxy"])
            check_type(argname="argument resource_reference", value=resource_reference, expected_type=type_hints["resource_reference"])
            check_type(argname="argument title", value=title, expected_type=type_hints["title"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "owner": owner,
        }
        if azure_name is not None:
            self._values["azure_name"] = azure_name
        if circuit_breaker is not None:
            self._values["circuit_breaker"] = circuit_breaker
        if credentials is not None:
            self._values["credentials"] = credentials
        if description is not None:
            self._values["description"] = description
        if operator_spec is not None:
            self._values["operator_spec"] = operator_spec
        if pool is not None:
            self._values["pool"] = pool
        if properties is not None:
            self._values["properties"] = properties
        if protocol is not None:
            self._values["protocol"] = protocol
        if proxy is not None:
            self._values["proxy"] = proxy
        if resource_reference is not None:
            self._values["resource_reference"] = resource_reference
        if title is not None:
            self._values["title"] = title
        if tls is not None:
            self._values["tls"] = tls
        if type is not None:
            self._values["type"] = type
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def owner(self) -> "BackendSpecOwner":
        '''
        :schema: BackendSpec#owner
        '''
        result = self._values.get("owner")
        assert result is not None, "Required property 'owner' is missing"
        return typing.cast("BackendSpecOwner", result)

    @builtins.property
    def azure_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpec#azureName
        '''
        result = self._values.get("azure_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def circuit_breaker(self) -> typing.Optional["BackendSpecCircuitBreaker"]:
        '''
        :schema: BackendSpec#circuitBreaker
        '''
        result = self._values.get("circuit_breaker")
        return typing.cast(typing.Optional["BackendSpecCircuitBreaker"], result)

    @builtins.property
    def credentials(self) -> typing.Optional["BackendSpecCredentials"]:
        '''
        :schema: BackendSpec#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional["BackendSpecCredentials"], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpec#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator_spec(self) -> typing.Optional["BackendSpecOperatorSpec"]:
        '''
        :schema: BackendSpec#operatorSpec
        '''
        result = self._values.get("operator_spec")
        return typing.cast(typing.Optional["BackendSpecOperatorSpec"], result)

    @builtins.property
    def pool(self) -> typing.Optional["BackendSpecPool"]:
        '''
        :schema: BackendSpec#pool
        '''
        result = self._values.get("pool")
        return typing.cast(typing.Optional["BackendSpecPool"], result)

    @builtins.property
    def properties(self) -> typing.Optional["BackendSpecProperties"]:
        '''
        :schema: BackendSpec#properties
        '''
        result = self._values.get("properties")
        return typing.cast(typing.Optional["BackendSpecProperties"], result)

    @builtins.property
    def protocol(self) -> typing.Optional["BackendSpecProtocol"]:
        '''
        :schema: BackendSpec#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional["BackendSpecProtocol"], result)

    @builtins.property
    def proxy(self) -> typing.Optional["BackendSpecProxy"]:
        '''
        :schema: BackendSpec#proxy
        '''
        result = self._values.get("proxy")
        return typing.cast(typing.Optional["BackendSpecProxy"], result)

    @builtins.property
    def resource_reference(self) -> typing.Optional["BackendSpecResourceReference"]:
        '''
        :schema: BackendSpec#resourceReference
        '''
        result = self._values.get("resource_reference")
        return typing.cast(typing.Optional["BackendSpecResourceReference"], result)

    @builtins.property
    def title(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpec#title
        '''
        result = self._values.get("title")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["BackendSpecTls"]:
        '''
        :schema: BackendSpec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["BackendSpecTls"], result)

    @builtins.property
    def type(self) -> typing.Optional["BackendSpecType"]:
        '''
        :schema: BackendSpec#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["BackendSpecType"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpec#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecCircuitBreaker",
    jsii_struct_bases=[],
    name_mapping={"rules": "rules"},
)
class BackendSpecCircuitBreaker:
    def __init__(
        self,
        *,
        rules: typing.Optional[typing.Sequence[typing.Union["BackendSpecCircuitBreakerRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param rules: 

        :schema: BackendSpecCircuitBreaker
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d1a270dca757ac5024184f13619147ff18b6004144377bf0514c66aed67f1f9)
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if rules is not None:
            self._values["rules"] = rules

    @builtins.property
    def rules(self) -> typing.Optional[typing.List["BackendSpecCircuitBreakerRules"]]:
        '''
        :schema: BackendSpecCircuitBreaker#rules
        '''
        result = self._values.get("rules")
        return typing.cast(typing.Optional[typing.List["BackendSpecCircuitBreakerRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecCircuitBreaker(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecCircuitBreakerRules",
    jsii_struct_bases=[],
    name_mapping={
        "accept_retry_after": "acceptRetryAfter",
        "failure_condition": "failureCondition",
        "name": "name",
        "trip_duration": "tripDuration",
    },
)
class BackendSpecCircuitBreakerRules:
    def __init__(
        self,
        *,
        accept_retry_after: typing.Optional[builtins.bool] = None,
        failure_condition: typing.Optional[typing.Union["BackendSpecCircuitBreakerRulesFailureCondition", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        trip_duration: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param accept_retry_after: 
        :param failure_condition: 
        :param name: 
        :param trip_duration: 

        :schema: BackendSpecCircuitBreakerRules
        '''
        if isinstance(failure_condition, dict):
            failure_condition = BackendSpecCircuitBreakerRulesFailureCondition(**failure_condition)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e9a9c33767f9ab3ba1679594ff2c1c4ab967effa4109c369a2e4c73b7fdc2a2)
            check_type(argname="argument accept_retry_after", value=accept_retry_after, expected_type=type_hints["accept_retry_after"])
            check_type(argname="argument failure_condition", value=failure_condition, expected_type=type_hints["failure_condition"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument trip_duration", value=trip_duration, expected_type=type_hints["trip_duration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if accept_retry_after is not None:
            self._values["accept_retry_after"] = accept_retry_after
        if failure_condition is not None:
            self._values["failure_condition"] = failure_condition
        if name is not None:
            self._values["name"] = name
        if trip_duration is not None:
            self._values["trip_duration"] = trip_duration

    @builtins.property
    def accept_retry_after(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackendSpecCircuitBreakerRules#acceptRetryAfter
        '''
        result = self._values.get("accept_retry_after")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failure_condition(
        self,
    ) -> typing.Optional["BackendSpecCircuitBreakerRulesFailureCondition"]:
        '''
        :schema: BackendSpecCircuitBreakerRules#failureCondition
        '''
        result = self._values.get("failure_condition")
        return typing.cast(typing.Optional["BackendSpecCircuitBreakerRulesFailureCondition"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecCircuitBreakerRules#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def trip_duration(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecCircuitBreakerRules#tripDuration
        '''
        result = self._values.get("trip_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecCircuitBreakerRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecCircuitBreakerRulesFailureCondition",
    jsii_struct_bases=[],
    name_mapping={
        "count": "count",
        "error_reasons": "errorReasons",
        "interval": "interval",
        "percentage": "percentage",
        "status_code_ranges": "statusCodeRanges",
    },
)
class BackendSpecCircuitBreakerRulesFailureCondition:
    def __init__(
        self,
        *,
        count: typing.Optional[jsii.Number] = None,
        error_reasons: typing.Optional[typing.Sequence[builtins.str]] = None,
        interval: typing.Optional[builtins.str] = None,
        percentage: typing.Optional[jsii.Number] = None,
        status_code_ranges: typing.Optional[typing.Sequence[typing.Union["BackendSpecCircuitBreakerRulesFailureConditionStatusCodeRanges", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param count: 
        :param error_reasons: 
        :param interval: 
        :param percentage: 
        :param status_code_ranges: 

        :schema: BackendSpecCircuitBreakerRulesFailureCondition
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d77e77cb2c27254c0cee63c9e46351b4018d5333306ecabd0e14b73fe7b64888)
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument error_reasons", value=error_reasons, expected_type=type_hints["error_reasons"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
            check_type(argname="argument status_code_ranges", value=status_code_ranges, expected_type=type_hints["status_code_ranges"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if count is not None:
            self._values["count"] = count
        if error_reasons is not None:
            self._values["error_reasons"] = error_reasons
        if interval is not None:
            self._values["interval"] = interval
        if percentage is not None:
            self._values["percentage"] = percentage
        if status_code_ranges is not None:
            self._values["status_code_ranges"] = status_code_ranges

    @builtins.property
    def count(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackendSpecCircuitBreakerRulesFailureCondition#count
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def error_reasons(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: BackendSpecCircuitBreakerRulesFailureCondition#errorReasons
        '''
        result = self._values.get("error_reasons")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecCircuitBreakerRulesFailureCondition#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def percentage(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackendSpecCircuitBreakerRulesFailureCondition#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def status_code_ranges(
        self,
    ) -> typing.Optional[typing.List["BackendSpecCircuitBreakerRulesFailureConditionStatusCodeRanges"]]:
        '''
        :schema: BackendSpecCircuitBreakerRulesFailureCondition#statusCodeRanges
        '''
        result = self._values.get("status_code_ranges")
        return typing.cast(typing.Optional[typing.List["BackendSpecCircuitBreakerRulesFailureConditionStatusCodeRanges"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecCircuitBreakerRulesFailureCondition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecCircuitBreakerRulesFailureConditionStatusCodeRanges",
    jsii_struct_bases=[],
    name_mapping={"max": "max", "min": "min"},
)
class BackendSpecCircuitBreakerRulesFailureConditionStatusCodeRanges:
    def __init__(
        self,
        *,
        max: typing.Optional[jsii.Number] = None,
        min: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param max: 
        :param min: 

        :schema: BackendSpecCircuitBreakerRulesFailureConditionStatusCodeRanges
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6df6519dbbc54be5b7cca70b4f31c797a97adc3958ba500fb37d3397c044ab39)
            check_type(argname="argument max", value=max, expected_type=type_hints["max"])
            check_type(argname="argument min", value=min, expected_type=type_hints["min"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max is not None:
            self._values["max"] = max
        if min is not None:
            self._values["min"] = min

    @builtins.property
    def max(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackendSpecCircuitBreakerRulesFailureConditionStatusCodeRanges#max
        '''
        result = self._values.get("max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackendSpecCircuitBreakerRulesFailureConditionStatusCodeRanges#min
        '''
        result = self._values.get("min")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecCircuitBreakerRulesFailureConditionStatusCodeRanges(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "authorization": "authorization",
        "certificate": "certificate",
        "certificate_ids": "certificateIds",
        "header": "header",
        "query": "query",
    },
)
class BackendSpecCredentials:
    def __init__(
        self,
        *,
        authorization: typing.Optional[typing.Union["BackendSpecCredentialsAuthorization", typing.Dict[builtins.str, typing.Any]]] = None,
        certificate: typing.Optional[typing.Sequence[builtins.str]] = None,
        certificate_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        header: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
        query: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    ) -> None:
        '''
        :param authorization: 
        :param certificate: 
        :param certificate_ids: 
        :param header: 
        :param query: 

        :schema: BackendSpecCredentials
        '''
        if isinstance(authorization, dict):
            authorization = BackendSpecCredentialsAuthorization(**authorization)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__16e54116834bd3fe4085c348993b9fe99a78ad3b7bc66daa67328ecdd3f0a3a9)
            check_type(argname="argument authorization", value=authorization, expected_type=type_hints["authorization"])
            check_type(argname="argument certificate", value=certificate, expected_type=type_hints["certificate"])
            check_type(argname="argument certificate_ids", value=certificate_ids, expected_type=type_hints["certificate_ids"])
            check_type(argname="argument header", value=header, expected_type=type_hints["header"])
            check_type(argname="argument query", value=query, expected_type=type_hints["query"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authorization is not None:
            self._values["authorization"] = authorization
        if certificate is not None:
            self._values["certificate"] = certificate
        if certificate_ids is not None:
            self._values["certificate_ids"] = certificate_ids
        if header is not None:
            self._values["header"] = header
        if query is not None:
            self._values["query"] = query

    @builtins.property
    def authorization(self) -> typing.Optional["BackendSpecCredentialsAuthorization"]:
        '''
        :schema: BackendSpecCredentials#authorization
        '''
        result = self._values.get("authorization")
        return typing.cast(typing.Optional["BackendSpecCredentialsAuthorization"], result)

    @builtins.property
    def certificate(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: BackendSpecCredentials#certificate
        '''
        result = self._values.get("certificate")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def certificate_ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: BackendSpecCredentials#certificateIds
        '''
        result = self._values.get("certificate_ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def header(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''
        :schema: BackendSpecCredentials#header
        '''
        result = self._values.get("header")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    @builtins.property
    def query(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''
        :schema: BackendSpecCredentials#query
        '''
        result = self._values.get("query")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecCredentialsAuthorization",
    jsii_struct_bases=[],
    name_mapping={"parameter": "parameter", "scheme": "scheme"},
)
class BackendSpecCredentialsAuthorization:
    def __init__(self, *, parameter: builtins.str, scheme: builtins.str) -> None:
        '''
        :param parameter: 
        :param scheme: 

        :schema: BackendSpecCredentialsAuthorization
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c3d66d5b44db0bd164d37b947f9e3768d93aa3eef3c87f83bcaa863de97e988)
            check_type(argname="argument parameter", value=parameter, expected_type=type_hints["parameter"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "parameter": parameter,
            "scheme": scheme,
        }

    @builtins.property
    def parameter(self) -> builtins.str:
        '''
        :schema: BackendSpecCredentialsAuthorization#parameter
        '''
        result = self._values.get("parameter")
        assert result is not None, "Required property 'parameter' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def scheme(self) -> builtins.str:
        '''
        :schema: BackendSpecCredentialsAuthorization#scheme
        '''
        result = self._values.get("scheme")
        assert result is not None, "Required property 'scheme' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecCredentialsAuthorization(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecOperatorSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_expressions": "configMapExpressions",
        "secret_expressions": "secretExpressions",
    },
)
class BackendSpecOperatorSpec:
    def __init__(
        self,
        *,
        config_map_expressions: typing.Optional[typing.Sequence[typing.Union["BackendSpecOperatorSpecConfigMapExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        secret_expressions: typing.Optional[typing.Sequence[typing.Union["BackendSpecOperatorSpecSecretExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param config_map_expressions: 
        :param secret_expressions: 

        :schema: BackendSpecOperatorSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__715089911e5bd35cb9e087c8e766694c3e25db4f08a3d13b959c3a265ddf935d)
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
    ) -> typing.Optional[typing.List["BackendSpecOperatorSpecConfigMapExpressions"]]:
        '''
        :schema: BackendSpecOperatorSpec#configMapExpressions
        '''
        result = self._values.get("config_map_expressions")
        return typing.cast(typing.Optional[typing.List["BackendSpecOperatorSpecConfigMapExpressions"]], result)

    @builtins.property
    def secret_expressions(
        self,
    ) -> typing.Optional[typing.List["BackendSpecOperatorSpecSecretExpressions"]]:
        '''
        :schema: BackendSpecOperatorSpec#secretExpressions
        '''
        result = self._values.get("secret_expressions")
        return typing.cast(typing.Optional[typing.List["BackendSpecOperatorSpecSecretExpressions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecOperatorSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecOperatorSpecConfigMapExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class BackendSpecOperatorSpecConfigMapExpressions:
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

        :schema: BackendSpecOperatorSpecConfigMapExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66c22882357972b3d6160584d34cf34e4950087dbed4be318caf42c0f68f169a)
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
        :schema: BackendSpecOperatorSpecConfigMapExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: BackendSpecOperatorSpecConfigMapExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: BackendSpecOperatorSpecConfigMapExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecOperatorSpecConfigMapExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: BackendSpecOperatorSpecConfigMapExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecOperatorSpecConfigMapExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecOperatorSpecSecretExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class BackendSpecOperatorSpecSecretExpressions:
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

        :schema: BackendSpecOperatorSpecSecretExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64899f17c47c4332e0a4b503d5b4fea81468e9e7a97f679179b0d80a3f2f3581)
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
        :schema: BackendSpecOperatorSpecSecretExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: BackendSpecOperatorSpecSecretExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: BackendSpecOperatorSpecSecretExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecOperatorSpecSecretExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: BackendSpecOperatorSpecSecretExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecOperatorSpecSecretExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecOwner",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "name": "name"},
)
class BackendSpecOwner:
    def __init__(
        self,
        *,
        arm_id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param arm_id: 
        :param name: 

        :schema: BackendSpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__67f8bcfef51f0335b4edc3394814516e2796d8f2df4b12cb2c9f79169f58fa96)
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
        :schema: BackendSpecOwner#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecOwner#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecPool",
    jsii_struct_bases=[],
    name_mapping={"services": "services"},
)
class BackendSpecPool:
    def __init__(
        self,
        *,
        services: typing.Optional[typing.Sequence[typing.Union["BackendSpecPoolServices", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param services: 

        :schema: BackendSpecPool
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba08301b222c9ca329fa9243271d6389667752482f645a6c825b1f74e001975a)
            check_type(argname="argument services", value=services, expected_type=type_hints["services"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if services is not None:
            self._values["services"] = services

    @builtins.property
    def services(self) -> typing.Optional[typing.List["BackendSpecPoolServices"]]:
        '''
        :schema: BackendSpecPool#services
        '''
        result = self._values.get("services")
        return typing.cast(typing.Optional[typing.List["BackendSpecPoolServices"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecPool(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecPoolServices",
    jsii_struct_bases=[],
    name_mapping={
        "reference": "reference",
        "priority": "priority",
        "weight": "weight",
    },
)
class BackendSpecPoolServices:
    def __init__(
        self,
        *,
        reference: typing.Union["BackendSpecPoolServicesReference", typing.Dict[builtins.str, typing.Any]],
        priority: typing.Optional[jsii.Number] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param reference: 
        :param priority: 
        :param weight: 

        :schema: BackendSpecPoolServices
        '''
        if isinstance(reference, dict):
            reference = BackendSpecPoolServicesReference(**reference)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4f5dc73c39381f6e82cbe998d795454e4af6cc3ff7bfddd6952c425f43a0d44)
            check_type(argname="argument reference", value=reference, expected_type=type_hints["reference"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "reference": reference,
        }
        if priority is not None:
            self._values["priority"] = priority
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def reference(self) -> "BackendSpecPoolServicesReference":
        '''
        :schema: BackendSpecPoolServices#reference
        '''
        result = self._values.get("reference")
        assert result is not None, "Required property 'reference' is missing"
        return typing.cast("BackendSpecPoolServicesReference", result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackendSpecPoolServices#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackendSpecPoolServices#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecPoolServices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecPoolServicesReference",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "group": "group", "kind": "kind", "name": "name"},
)
class BackendSpecPoolServicesReference:
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

        :schema: BackendSpecPoolServicesReference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ae7f62a6e61497dc734b7580769b5c0bc69fe577e77f08827deb13a65fd456f)
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
        :schema: BackendSpecPoolServicesReference#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecPoolServicesReference#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecPoolServicesReference#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecPoolServicesReference#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecPoolServicesReference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecProperties",
    jsii_struct_bases=[],
    name_mapping={"service_fabric_cluster": "serviceFabricCluster"},
)
class BackendSpecProperties:
    def __init__(
        self,
        *,
        service_fabric_cluster: typing.Optional[typing.Union["BackendSpecPropertiesServiceFabricCluster", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param service_fabric_cluster: 

        :schema: BackendSpecProperties
        '''
        if isinstance(service_fabric_cluster, dict):
            service_fabric_cluster = BackendSpecPropertiesServiceFabricCluster(**service_fabric_cluster)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04d417881660442b4e9c1cf4bb62fccc975c70ce4202dcd9c738cf266556355a)
            check_type(argname="argument service_fabric_cluster", value=service_fabric_cluster, expected_type=type_hints["service_fabric_cluster"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if service_fabric_cluster is not None:
            self._values["service_fabric_cluster"] = service_fabric_cluster

    @builtins.property
    def service_fabric_cluster(
        self,
    ) -> typing.Optional["BackendSpecPropertiesServiceFabricCluster"]:
        '''
        :schema: BackendSpecProperties#serviceFabricCluster
        '''
        result = self._values.get("service_fabric_cluster")
        return typing.cast(typing.Optional["BackendSpecPropertiesServiceFabricCluster"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecProperties(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecPropertiesServiceFabricCluster",
    jsii_struct_bases=[],
    name_mapping={
        "management_endpoints": "managementEndpoints",
        "client_certificate_id": "clientCertificateId",
        "client_certificatethumbprint": "clientCertificatethumbprint",
        "max_partition_resolution_retries": "maxPartitionResolutionRetries",
        "server_certificate_thumbprints": "serverCertificateThumbprints",
        "server_x509_names": "serverX509Names",
    },
)
class BackendSpecPropertiesServiceFabricCluster:
    def __init__(
        self,
        *,
        management_endpoints: typing.Sequence[builtins.str],
        client_certificate_id: typing.Optional[builtins.str] = None,
        client_certificatethumbprint: typing.Optional[builtins.str] = None,
        max_partition_resolution_retries: typing.Optional[jsii.Number] = None,
        server_certificate_thumbprints: typing.Optional[typing.Sequence[builtins.str]] = None,
        server_x509_names: typing.Optional[typing.Sequence[typing.Union["BackendSpecPropertiesServiceFabricClusterServerX509Names", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param management_endpoints: 
        :param client_certificate_id: 
        :param client_certificatethumbprint: 
        :param max_partition_resolution_retries: 
        :param server_certificate_thumbprints: 
        :param server_x509_names: 

        :schema: BackendSpecPropertiesServiceFabricCluster
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__816a4ea42cd2661945fee1ea35cf4eb0b8bd64d6b65b2b9dbf8ffec8d2dd3599)
            check_type(argname="argument management_endpoints", value=management_endpoints, expected_type=type_hints["management_endpoints"])
            check_type(argname="argument client_certificate_id", value=client_certificate_id, expected_type=type_hints["client_certificate_id"])
            check_type(argname="argument client_certificatethumbprint", value=client_certificatethumbprint, expected_type=type_hints["client_certificatethumbprint"])
            check_type(argname="argument max_partition_resolution_retries", value=max_partition_resolution_retries, expected_type=type_hints["max_partition_resolution_retries"])
            check_type(argname="argument server_certificate_thumbprints", value=server_certificate_thumbprints, expected_type=type_hints["server_certificate_thumbprints"])
            check_type(argname="argument server_x509_names", value=server_x509_names, expected_type=type_hints["server_x509_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "management_endpoints": management_endpoints,
        }
        if client_certificate_id is not None:
            self._values["client_certificate_id"] = client_certificate_id
        if client_certificatethumbprint is not None:
            self._values["client_certificatethumbprint"] = client_certificatethumbprint
        if max_partition_resolution_retries is not None:
            self._values["max_partition_resolution_retries"] = max_partition_resolution_retries
        if server_certificate_thumbprints is not None:
            self._values["server_certificate_thumbprints"] = server_certificate_thumbprints
        if server_x509_names is not None:
            self._values["server_x509_names"] = server_x509_names

    @builtins.property
    def management_endpoints(self) -> typing.List[builtins.str]:
        '''
        :schema: BackendSpecPropertiesServiceFabricCluster#managementEndpoints
        '''
        result = self._values.get("management_endpoints")
        assert result is not None, "Required property 'management_endpoints' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def client_certificate_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecPropertiesServiceFabricCluster#clientCertificateId
        '''
        result = self._values.get("client_certificate_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificatethumbprint(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecPropertiesServiceFabricCluster#clientCertificatethumbprint
        '''
        result = self._values.get("client_certificatethumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_partition_resolution_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: BackendSpecPropertiesServiceFabricCluster#maxPartitionResolutionRetries
        '''
        result = self._values.get("max_partition_resolution_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def server_certificate_thumbprints(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: BackendSpecPropertiesServiceFabricCluster#serverCertificateThumbprints
        '''
        result = self._values.get("server_certificate_thumbprints")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def server_x509_names(
        self,
    ) -> typing.Optional[typing.List["BackendSpecPropertiesServiceFabricClusterServerX509Names"]]:
        '''
        :schema: BackendSpecPropertiesServiceFabricCluster#serverX509Names
        '''
        result = self._values.get("server_x509_names")
        return typing.cast(typing.Optional[typing.List["BackendSpecPropertiesServiceFabricClusterServerX509Names"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecPropertiesServiceFabricCluster(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecPropertiesServiceFabricClusterServerX509Names",
    jsii_struct_bases=[],
    name_mapping={
        "issuer_certificate_thumbprint": "issuerCertificateThumbprint",
        "name": "name",
    },
)
class BackendSpecPropertiesServiceFabricClusterServerX509Names:
    def __init__(
        self,
        *,
        issuer_certificate_thumbprint: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param issuer_certificate_thumbprint: 
        :param name: 

        :schema: BackendSpecPropertiesServiceFabricClusterServerX509Names
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__416290f1b13c4b0aa9cac9bb1fb8868a16b8df25fb42f120373b8246fbb398b5)
            check_type(argname="argument issuer_certificate_thumbprint", value=issuer_certificate_thumbprint, expected_type=type_hints["issuer_certificate_thumbprint"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if issuer_certificate_thumbprint is not None:
            self._values["issuer_certificate_thumbprint"] = issuer_certificate_thumbprint
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def issuer_certificate_thumbprint(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecPropertiesServiceFabricClusterServerX509Names#issuerCertificateThumbprint
        '''
        result = self._values.get("issuer_certificate_thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecPropertiesServiceFabricClusterServerX509Names#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecPropertiesServiceFabricClusterServerX509Names(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="apimanagement_comazureapimanagement.BackendSpecProtocol")
class BackendSpecProtocol(enum.Enum):
    '''
    :schema: BackendSpecProtocol
    '''

    HTTP = "HTTP"
    '''http.'''
    SOAP = "SOAP"
    '''soap.'''


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecProxy",
    jsii_struct_bases=[],
    name_mapping={"url": "url", "password": "password", "username": "username"},
)
class BackendSpecProxy:
    def __init__(
        self,
        *,
        url: builtins.str,
        password: typing.Optional[typing.Union["BackendSpecProxyPassword", typing.Dict[builtins.str, typing.Any]]] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param url: 
        :param password: 
        :param username: 

        :schema: BackendSpecProxy
        '''
        if isinstance(password, dict):
            password = BackendSpecProxyPassword(**password)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8295706a3ae617016eedf2ac3a154dd3d5e12787b12ac894ba54014e078853b6)
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "url": url,
        }
        if password is not None:
            self._values["password"] = password
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def url(self) -> builtins.str:
        '''
        :schema: BackendSpecProxy#url
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def password(self) -> typing.Optional["BackendSpecProxyPassword"]:
        '''
        :schema: BackendSpecProxy#password
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional["BackendSpecProxyPassword"], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecProxy#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecProxy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecProxyPassword",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class BackendSpecProxyPassword:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: BackendSpecProxyPassword
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c0ddd1a1965329b848e603a90432c744c2a1b45d491e4f4a36ae3d0fe272253)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: BackendSpecProxyPassword#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: BackendSpecProxyPassword#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecProxyPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecResourceReference",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "group": "group", "kind": "kind", "name": "name"},
)
class BackendSpecResourceReference:
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

        :schema: BackendSpecResourceReference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fdfd65df6cbb44fe3ae368479cc0ddc100e4cd2c26b1818419a229f5ddc28456)
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
        :schema: BackendSpecResourceReference#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecResourceReference#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecResourceReference#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendSpecResourceReference#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecResourceReference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.BackendSpecTls",
    jsii_struct_bases=[],
    name_mapping={
        "validate_certificate_chain": "validateCertificateChain",
        "validate_certificate_name": "validateCertificateName",
    },
)
class BackendSpecTls:
    def __init__(
        self,
        *,
        validate_certificate_chain: typing.Optional[builtins.bool] = None,
        validate_certificate_name: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param validate_certificate_chain: 
        :param validate_certificate_name: 

        :schema: BackendSpecTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8226feba6aff77bdbc737e6a12c9ec6facc5a295b7b9cfdf604577ff8156dec)
            check_type(argname="argument validate_certificate_chain", value=validate_certificate_chain, expected_type=type_hints["validate_certificate_chain"])
            check_type(argname="argument validate_certificate_name", value=validate_certificate_name, expected_type=type_hints["validate_certificate_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if validate_certificate_chain is not None:
            self._values["validate_certificate_chain"] = validate_certificate_chain
        if validate_certificate_name is not None:
            self._values["validate_certificate_name"] = validate_certificate_name

    @builtins.property
    def validate_certificate_chain(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackendSpecTls#validateCertificateChain
        '''
        result = self._values.get("validate_certificate_chain")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def validate_certificate_name(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: BackendSpecTls#validateCertificateName
        '''
        result = self._values.get("validate_certificate_name")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="apimanagement_comazureapimanagement.BackendSpecType")
class BackendSpecType(enum.Enum):
    '''
    :schema: BackendSpecType
    '''

    POOL = "POOL"
    '''Pool.'''
    SINGLE = "SINGLE"
    '''Single.'''


class Product(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="apimanagement_comazureapimanagement.Product",
):
    '''
    :schema: Product
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProductSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Product" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e38d3dd45860b3eea0b8d39e9b41f475214a9062db6f05cc0396e7bee900ea1a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ProductProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProductSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Product".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ProductProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Product".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


class ProductApi(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="apimanagement_comazureapimanagement.ProductApi",
):
    '''
    :schema: ProductApi
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProductApiSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ProductApi" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39120cdb3724dbcd50c4d1d9f9870c4aba7e1c29addd91dc1c269ac7940c96a7)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ProductApiProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProductApiSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ProductApi".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ProductApiProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ProductApi".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductApiProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ProductApiProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProductApiSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: ProductApi
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ProductApiSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc93212dcdd89671414d245792a07d445483dacaff51f48edc5e8b256214f682)
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
        :schema: ProductApi#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ProductApiSpec"]:
        '''
        :schema: ProductApi#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ProductApiSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductApiProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductApiSpec",
    jsii_struct_bases=[],
    name_mapping={
        "owner": "owner",
        "azure_name": "azureName",
        "operator_spec": "operatorSpec",
    },
)
class ProductApiSpec:
    def __init__(
        self,
        *,
        owner: typing.Union["ProductApiSpecOwner", typing.Dict[builtins.str, typing.Any]],
        azure_name: typing.Optional[builtins.str] = None,
        operator_spec: typing.Optional[typing.Union["ProductApiSpecOperatorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param owner: 
        :param azure_name: 
        :param operator_spec: 

        :schema: ProductApiSpec
        '''
        if isinstance(owner, dict):
            owner = ProductApiSpecOwner(**owner)
        if isinstance(operator_spec, dict):
            operator_spec = ProductApiSpecOperatorSpec(**operator_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e958c45ac4ebcbf6e1ec9c4b0f60bc9b9af922fc87186e83f8e2f36d0ebdf13)
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument azure_name", value=azure_name, expected_type=type_hints["azure_name"])
            check_type(argname="argument operator_spec", value=operator_spec, expected_type=type_hints["operator_spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "owner": owner,
        }
        if azure_name is not None:
            self._values["azure_name"] = azure_name
        if operator_spec is not None:
            self._values["operator_spec"] = operator_spec

    @builtins.property
    def owner(self) -> "ProductApiSpecOwner":
        '''
        :schema: ProductApiSpec#owner
        '''
        result = self._values.get("owner")
        assert result is not None, "Required property 'owner' is missing"
        return typing.cast("ProductApiSpecOwner", result)

    @builtins.property
    def azure_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductApiSpec#azureName
        '''
        result = self._values.get("azure_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator_spec(self) -> typing.Optional["ProductApiSpecOperatorSpec"]:
        '''
        :schema: ProductApiSpec#operatorSpec
        '''
        result = self._values.get("operator_spec")
        return typing.cast(typing.Optional["ProductApiSpecOperatorSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductApiSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductApiSpecOperatorSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_expressions": "configMapExpressions",
        "secret_expressions": "secretExpressions",
    },
)
class ProductApiSpecOperatorSpec:
    def __init__(
        self,
        *,
        config_map_expressions: typing.Optional[typing.Sequence[typing.Union["ProductApiSpecOperatorSpecConfigMapExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        secret_expressions: typing.Optional[typing.Sequence[typing.Union["ProductApiSpecOperatorSpecSecretExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param config_map_expressions: 
        :param secret_expressions: 

        :schema: ProductApiSpecOperatorSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa1f88409dfb68faa6520a08b5bb10150981d6fd364385c4b3e8f3812788187c)
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
    ) -> typing.Optional[typing.List["ProductApiSpecOperatorSpecConfigMapExpressions"]]:
        '''
        :schema: ProductApiSpecOperatorSpec#configMapExpressions
        '''
        result = self._values.get("config_map_expressions")
        return typing.cast(typing.Optional[typing.List["ProductApiSpecOperatorSpecConfigMapExpressions"]], result)

    @builtins.property
    def secret_expressions(
        self,
    ) -> typing.Optional[typing.List["ProductApiSpecOperatorSpecSecretExpressions"]]:
        '''
        :schema: ProductApiSpecOperatorSpec#secretExpressions
        '''
        result = self._values.get("secret_expressions")
        return typing.cast(typing.Optional[typing.List["ProductApiSpecOperatorSpecSecretExpressions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductApiSpecOperatorSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductApiSpecOperatorSpecConfigMapExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class ProductApiSpecOperatorSpecConfigMapExpressions:
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

        :schema: ProductApiSpecOperatorSpecConfigMapExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__131080dd1685ae7945847c11bca9cc22df55ec0764a5e060e1880d215f2ca704)
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
        :schema: ProductApiSpecOperatorSpecConfigMapExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ProductApiSpecOperatorSpecConfigMapExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductApiSpecOperatorSpecConfigMapExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductApiSpecOperatorSpecConfigMapExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductApiSpecOperatorSpecConfigMapExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductApiSpecOperatorSpecConfigMapExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductApiSpecOperatorSpecSecretExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class ProductApiSpecOperatorSpecSecretExpressions:
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

        :schema: ProductApiSpecOperatorSpecSecretExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__013841f3877799d94940fc2b92e72a8a2a5889e40eded9e742fed1c276133515)
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
        :schema: ProductApiSpecOperatorSpecSecretExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ProductApiSpecOperatorSpecSecretExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductApiSpecOperatorSpecSecretExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductApiSpecOperatorSpecSecretExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductApiSpecOperatorSpecSecretExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductApiSpecOperatorSpecSecretExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductApiSpecOwner",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "name": "name"},
)
class ProductApiSpecOwner:
    def __init__(
        self,
        *,
        arm_id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param arm_id: 
        :param name: 

        :schema: ProductApiSpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3fb82e215cfcd5a4637408314bc57f50cbe0de5a5c8ec82e9ebc36a925ddd620)
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
        :schema: ProductApiSpecOwner#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductApiSpecOwner#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductApiSpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProductPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="apimanagement_comazureapimanagement.ProductPolicy",
):
    '''
    :schema: ProductPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProductPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ProductPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7a32f164f20840151a9682aacda0883f8c3b7b80b8128d44c0c8a28895018c4)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ProductPolicyProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProductPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ProductPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ProductPolicyProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ProductPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ProductPolicyProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProductPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: ProductPolicy
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ProductPolicySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97ca4555817ba2a9a48e35d6321f185fc2439dc56c5c9e12c894fabf4733c6c2)
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
        :schema: ProductPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ProductPolicySpec"]:
        '''
        :schema: ProductPolicy#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ProductPolicySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductPolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "owner": "owner",
        "value": "value",
        "format": "format",
        "operator_spec": "operatorSpec",
    },
)
class ProductPolicySpec:
    def __init__(
        self,
        *,
        owner: typing.Union["ProductPolicySpecOwner", typing.Dict[builtins.str, typing.Any]],
        value: builtins.str,
        format: typing.Optional["ProductPolicySpecFormat"] = None,
        operator_spec: typing.Optional[typing.Union["ProductPolicySpecOperatorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param owner: 
        :param value: 
        :param format: 
        :param operator_spec: 

        :schema: ProductPolicySpec
        '''
        if isinstance(owner, dict):
            owner = ProductPolicySpecOwner(**owner)
        if isinstance(operator_spec, dict):
            operator_spec = ProductPolicySpecOperatorSpec(**operator_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d4c5757c0baaabde3e8877e1d90ac00a1f8e48ebd4d4e40ace0057055260ae2f)
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument format", value=format, expected_type=type_hints["format"])
            check_type(argname="argument operator_spec", value=operator_spec, expected_type=type_hints["operator_spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "owner": owner,
            "value": value,
        }
        if format is not None:
            self._values["format"] = format
        if operator_spec is not None:
            self._values["operator_spec"] = operator_spec

    @builtins.property
    def owner(self) -> "ProductPolicySpecOwner":
        '''
        :schema: ProductPolicySpec#owner
        '''
        result = self._values.get("owner")
        assert result is not None, "Required property 'owner' is missing"
        return typing.cast("ProductPolicySpecOwner", result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ProductPolicySpec#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def format(self) -> typing.Optional["ProductPolicySpecFormat"]:
        '''
        :schema: ProductPolicySpec#format
        '''
        result = self._values.get("format")
        return typing.cast(typing.Optional["ProductPolicySpecFormat"], result)

    @builtins.property
    def operator_spec(self) -> typing.Optional["ProductPolicySpecOperatorSpec"]:
        '''
        :schema: ProductPolicySpec#operatorSpec
        '''
        result = self._values.get("operator_spec")
        return typing.cast(typing.Optional["ProductPolicySpecOperatorSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="apimanagement_comazureapimanagement.ProductPolicySpecFormat")
class ProductPolicySpecFormat(enum.Enum):
    '''
    :schema: ProductPolicySpecFormat
    '''

    RAWXML = "RAWXML"
    '''rawxml.'''
    RAWXML_HYPHEN_LINK = "RAWXML_HYPHEN_LINK"
    '''rawxml-link.'''
    XML = "XML"
    '''xml.'''
    XML_HYPHEN_LINK = "XML_HYPHEN_LINK"
    '''xml-link.'''


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductPolicySpecOperatorSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_expressions": "configMapExpressions",
        "secret_expressions": "secretExpressions",
    },
)
class ProductPolicySpecOperatorSpec:
    def __init__(
        self,
        *,
        config_map_expressions: typing.Optional[typing.Sequence[typing.Union["ProductPolicySpecOperatorSpecConfigMapExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        secret_expressions: typing.Optional[typing.Sequence[typing.Union["ProductPolicySpecOperatorSpecSecretExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param config_map_expressions: 
        :param secret_expressions: 

        :schema: ProductPolicySpecOperatorSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1304cb922ddca721e6210629f43ca4fbc79ccdc32ce7cae4da58c224fda4ae37)
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
    ) -> typing.Optional[typing.List["ProductPolicySpecOperatorSpecConfigMapExpressions"]]:
        '''
        :schema: ProductPolicySpecOperatorSpec#configMapExpressions
        '''
        result = self._values.get("config_map_expressions")
        return typing.cast(typing.Optional[typing.List["ProductPolicySpecOperatorSpecConfigMapExpressions"]], result)

    @builtins.property
    def secret_expressions(
        self,
    ) -> typing.Optional[typing.List["ProductPolicySpecOperatorSpecSecretExpressions"]]:
        '''
        :schema: ProductPolicySpecOperatorSpec#secretExpressions
        '''
        result = self._values.get("secret_expressions")
        return typing.cast(typing.Optional[typing.List["ProductPolicySpecOperatorSpecSecretExpressions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductPolicySpecOperatorSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductPolicySpecOperatorSpecConfigMapExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class ProductPolicySpecOperatorSpecConfigMapExpressions:
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

        :schema: ProductPolicySpecOperatorSpecConfigMapExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39811f41d0c41373d9b3c31524547694e44a671e2db7b5e77c28b95019baccb9)
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
        :schema: ProductPolicySpecOperatorSpecConfigMapExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ProductPolicySpecOperatorSpecConfigMapExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductPolicySpecOperatorSpecConfigMapExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductPolicySpecOperatorSpecConfigMapExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductPolicySpecOperatorSpecConfigMapExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductPolicySpecOperatorSpecConfigMapExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductPolicySpecOperatorSpecSecretExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class ProductPolicySpecOperatorSpecSecretExpressions:
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

        :schema: ProductPolicySpecOperatorSpecSecretExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae8f44a2b4c601e04c1eff87a471fe1a57ed09538f088bbd47fe3d5be77d83b0)
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
        :schema: ProductPolicySpecOperatorSpecSecretExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ProductPolicySpecOperatorSpecSecretExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductPolicySpecOperatorSpecSecretExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductPolicySpecOperatorSpecSecretExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductPolicySpecOperatorSpecSecretExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductPolicySpecOperatorSpecSecretExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductPolicySpecOwner",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "name": "name"},
)
class ProductPolicySpecOwner:
    def __init__(
        self,
        *,
        arm_id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param arm_id: 
        :param name: 

        :schema: ProductPolicySpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6bed56fb23a3ee8deb22365a5ce441f2c5705450169db9ae1abd4568c17cabfa)
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
        :schema: ProductPolicySpecOwner#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductPolicySpecOwner#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductPolicySpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ProductProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ProductSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Product
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ProductSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__76e409455698cc29645571047f84e8b840e7c309636e29f67b906ceaf0ec760f)
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
        :schema: Product#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ProductSpec"]:
        '''
        :schema: Product#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ProductSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductSpec",
    jsii_struct_bases=[],
    name_mapping={
        "display_name": "displayName",
        "owner": "owner",
        "approval_required": "approvalRequired",
        "azure_name": "azureName",
        "description": "description",
        "operator_spec": "operatorSpec",
        "state": "state",
        "subscription_required": "subscriptionRequired",
        "subscriptions_limit": "subscriptionsLimit",
        "terms": "terms",
    },
)
class ProductSpec:
    def __init__(
        self,
        *,
        display_name: builtins.str,
        owner: typing.Union["ProductSpecOwner", typing.Dict[builtins.str, typing.Any]],
        approval_required: typing.Optional[builtins.bool] = None,
        azure_name: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        operator_spec: typing.Optional[typing.Union["ProductSpecOperatorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        state: typing.Optional["ProductSpecState"] = None,
        subscription_required: typing.Optional[builtins.bool] = None,
        subscriptions_limit: typing.Optional[jsii.Number] = None,
        terms: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param display_name: 
        :param owner: 
        :param approval_required: 
        :param azure_name: 
        :param description: 
        :param operator_spec: 
        :param state: 
        :param subscription_required: 
        :param subscriptions_limit: 
        :param terms: 

        :schema: ProductSpec
        '''
        if isinstance(owner, dict):
            owner = ProductSpecOwner(**owner)
        if isinstance(operator_spec, dict):
            operator_spec = ProductSpecOperatorSpec(**operator_spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__82f3bbde55f1fadc6085af2add6a23f1ccd113b7b5631d6d96f43125617ea176)
            check_type(argname="argument display_name", value=display_name, expected_type=type_hints["display_name"])
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument approval_required", value=approval_required, expected_type=type_hints["approval_required"])
            check_type(argname="argument azure_name", value=azure_name, expected_type=type_hints["azure_name"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument operator_spec", value=operator_spec, expected_type=type_hints["operator_spec"])
            check_type(argname="argument state", value=state, expected_type=type_hints["state"])
            check_type(argname="argument subscription_required", value=subscription_required, expected_type=type_hints["subscription_required"])
            check_type(argname="argument subscriptions_limit", value=subscriptions_limit, expected_type=type_hints["subscriptions_limit"])
            check_type(argname="argument terms", value=terms, expected_type=type_hints["terms"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "display_name": display_name,
            "owner": owner,
        }
        if approval_required is not None:
            self._values["approval_required"] = approval_required
        if azure_name is not None:
            self._values["azure_name"] = azure_name
        if description is not None:
            self._values["description"] = description
        if operator_spec is not None:
            self._values["operator_spec"] = operator_spec
        if state is not None:
            self._values["state"] = state
        if subscription_required is not None:
            self._values["subscription_required"] = subscription_required
        if subscriptions_limit is not None:
            self._values["subscriptions_limit"] = subscriptions_limit
        if terms is not None:
            self._values["terms"] = terms

    @builtins.property
    def display_name(self) -> builtins.str:
        '''
        :schema: ProductSpec#displayName
        '''
        result = self._values.get("display_name")
        assert result is not None, "Required property 'display_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def owner(self) -> "ProductSpecOwner":
        '''
        :schema: ProductSpec#owner
        '''
        result = self._values.get("owner")
        assert result is not None, "Required property 'owner' is missing"
        return typing.cast("ProductSpecOwner", result)

    @builtins.property
    def approval_required(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ProductSpec#approvalRequired
        '''
        result = self._values.get("approval_required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def azure_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductSpec#azureName
        '''
        result = self._values.get("azure_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductSpec#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator_spec(self) -> typing.Optional["ProductSpecOperatorSpec"]:
        '''
        :schema: ProductSpec#operatorSpec
        '''
        result = self._values.get("operator_spec")
        return typing.cast(typing.Optional["ProductSpecOperatorSpec"], result)

    @builtins.property
    def state(self) -> typing.Optional["ProductSpecState"]:
        '''
        :schema: ProductSpec#state
        '''
        result = self._values.get("state")
        return typing.cast(typing.Optional["ProductSpecState"], result)

    @builtins.property
    def subscription_required(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ProductSpec#subscriptionRequired
        '''
        result = self._values.get("subscription_required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def subscriptions_limit(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ProductSpec#subscriptionsLimit
        '''
        result = self._values.get("subscriptions_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def terms(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductSpec#terms
        '''
        result = self._values.get("terms")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductSpecOperatorSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_expressions": "configMapExpressions",
        "secret_expressions": "secretExpressions",
    },
)
class ProductSpecOperatorSpec:
    def __init__(
        self,
        *,
        config_map_expressions: typing.Optional[typing.Sequence[typing.Union["ProductSpecOperatorSpecConfigMapExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        secret_expressions: typing.Optional[typing.Sequence[typing.Union["ProductSpecOperatorSpecSecretExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param config_map_expressions: 
        :param secret_expressions: 

        :schema: ProductSpecOperatorSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5308865164a58181ef4a113b1bd358bb8fd356d0892a04e943ec85c6eec4cb84)
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
    ) -> typing.Optional[typing.List["ProductSpecOperatorSpecConfigMapExpressions"]]:
        '''
        :schema: ProductSpecOperatorSpec#configMapExpressions
        '''
        result = self._values.get("config_map_expressions")
        return typing.cast(typing.Optional[typing.List["ProductSpecOperatorSpecConfigMapExpressions"]], result)

    @builtins.property
    def secret_expressions(
        self,
    ) -> typing.Optional[typing.List["ProductSpecOperatorSpecSecretExpressions"]]:
        '''
        :schema: ProductSpecOperatorSpec#secretExpressions
        '''
        result = self._values.get("secret_expressions")
        return typing.cast(typing.Optional[typing.List["ProductSpecOperatorSpecSecretExpressions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductSpecOperatorSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductSpecOperatorSpecConfigMapExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class ProductSpecOperatorSpecConfigMapExpressions:
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

        :schema: ProductSpecOperatorSpecConfigMapExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a0b38833cb16929b3380bf2b944013c99629729e9d768e48f14a9a5a7817b47)
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
        :schema: ProductSpecOperatorSpecConfigMapExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ProductSpecOperatorSpecConfigMapExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductSpecOperatorSpecConfigMapExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductSpecOperatorSpecConfigMapExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductSpecOperatorSpecConfigMapExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductSpecOperatorSpecConfigMapExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductSpecOperatorSpecSecretExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class ProductSpecOperatorSpecSecretExpressions:
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

        :schema: ProductSpecOperatorSpecSecretExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a764a76614cc9c46f8ecc05a60f03cd738eeac0e49a3f57c618f1a36b64356a5)
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
        :schema: ProductSpecOperatorSpecSecretExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ProductSpecOperatorSpecSecretExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductSpecOperatorSpecSecretExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductSpecOperatorSpecSecretExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ProductSpecOperatorSpecSecretExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductSpecOperatorSpecSecretExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.ProductSpecOwner",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "name": "name"},
)
class ProductSpecOwner:
    def __init__(
        self,
        *,
        arm_id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param arm_id: 
        :param name: 

        :schema: ProductSpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7774ad64f98b2c0b0a9530c468e66898c0c9c7e2cb518e2f369c997d48b500f)
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
        :schema: ProductSpecOwner#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ProductSpecOwner#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProductSpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="apimanagement_comazureapimanagement.ProductSpecState")
class ProductSpecState(enum.Enum):
    '''
    :schema: ProductSpecState
    '''

    NOT_PUBLISHED = "NOT_PUBLISHED"
    '''notPublished.'''
    PUBLISHED = "PUBLISHED"
    '''published.'''


class Subscription(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="apimanagement_comazureapimanagement.Subscription",
):
    '''
    :schema: Subscription
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SubscriptionSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Subscription" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfd0e1e85d3bb2a307594eb4b76b493d70c5bb6755682e380ae7886f32b19570)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SubscriptionProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SubscriptionSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Subscription".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = SubscriptionProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Subscription".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class SubscriptionProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SubscriptionSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Subscription
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = SubscriptionSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__691f8f57ac798410eccbd45549dfd70b6bececc1df6bca1fc69eb9081c4716e8)
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
        :schema: Subscription#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["SubscriptionSpec"]:
        '''
        :schema: Subscription#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["SubscriptionSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionSpec",
    jsii_struct_bases=[],
    name_mapping={
        "display_name": "displayName",
        "owner": "owner",
        "scope": "scope",
        "allow_tracing": "allowTracing",
        "azure_name": "azureName",
        "operator_spec": "operatorSpec",
        "owner_reference": "ownerReference",
        "primary_key": "primaryKey",
        "secondary_key": "secondaryKey",
        "state": "state",
    },
)
class SubscriptionSpec:
    def __init__(
        self,
        *,
        display_name: builtins.str,
        owner: typing.Union["SubscriptionSpecOwner", typing.Dict[builtins.str, typing.Any]],
        scope: builtins.str,
        allow_tracing: typing.Optional[builtins.bool] = None,
        azure_name: typing.Optional[builtins.str] = None,
        operator_spec: typing.Optional[typing.Union["SubscriptionSpecOperatorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        owner_reference: typing.Optional[typing.Union["SubscriptionSpecOwnerReference", typing.Dict[builtins.str, typing.Any]]] = None,
        primary_key: typing.Optional[typing.Union["SubscriptionSpecPrimaryKey", typing.Dict[builtins.str, typing.Any]]] = None,
        secondary_key: typing.Optional[typing.Union["SubscriptionSpecSecondaryKey", typing.Dict[builtins.str, typing.Any]]] = None,
        state: typing.Optional["SubscriptionSpecState"] = None,
    ) -> None:
        '''
        :param display_name: 
        :param owner: 
        :param scope: 
        :param allow_tracing: 
        :param azure_name: 
        :param operator_spec: 
        :param owner_reference: 
        :param primary_key: 
        :param secondary_key: 
        :param state: 

        :schema: SubscriptionSpec
        '''
        if isinstance(owner, dict):
            owner = SubscriptionSpecOwner(**owner)
        if isinstance(operator_spec, dict):
            operator_spec = SubscriptionSpecOperatorSpec(**operator_spec)
        if isinstance(owner_reference, dict):
            owner_reference = SubscriptionSpecOwnerReference(**owner_reference)
        if isinstance(primary_key, dict):
            primary_key = SubscriptionSpecPrimaryKey(**primary_key)
        if isinstance(secondary_key, dict):
            secondary_key = SubscriptionSpecSecondaryKey(**secondary_key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4c97090f450114383969a404303afc9cf321ea5319bea08ea8533a393e0f97a)
            check_type(argname="argument display_name", value=display_name, expected_type=type_hints["display_name"])
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument allow_tracing", value=allow_tracing, expected_type=type_hints["allow_tracing"])
            check_type(argname="argument azure_name", value=azure_name, expected_type=type_hints["azure_name"])
            check_type(argname="argument operator_spec", value=operator_spec, expected_type=type_hints["operator_spec"])
            check_type(argname="argument owner_reference", value=owner_reference, expected_type=type_hints["owner_reference"])
            check_type(argname="argument primary_key", value=primary_key, expected_type=type_hints["primary_key"])
            check_type(argname="argument secondary_key", value=secondary_key, expected_type=type_hints["secondary_key"])
            check_type(argname="argument state", value=state, expected_type=type_hints["state"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "display_name": display_name,
            "owner": owner,
            "scope": scope,
        }
        if allow_tracing is not None:
            self._values["allow_tracing"] = allow_tracing
        if azure_name is not None:
            self._values["azure_name"] = azure_name
        if operator_spec is not None:
            self._values["operator_spec"] = operator_spec
        if owner_reference is not None:
            self._values["owner_reference"] = owner_reference
        if primary_key is not None:
            self._values["primary_key"] = primary_key
        if secondary_key is not None:
            self._values["secondary_key"] = secondary_key
        if state is not None:
            self._values["state"] = state

    @builtins.property
    def display_name(self) -> builtins.str:
        '''
        :schema: SubscriptionSpec#displayName
        '''
        result = self._values.get("display_name")
        assert result is not None, "Required property 'display_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def owner(self) -> "SubscriptionSpecOwner":
        '''
        :schema: SubscriptionSpec#owner
        '''
        result = self._values.get("owner")
        assert result is not None, "Required property 'owner' is missing"
        return typing.cast("SubscriptionSpecOwner", result)

    @builtins.property
    def scope(self) -> builtins.str:
        '''
        :schema: SubscriptionSpec#scope
        '''
        result = self._values.get("scope")
        assert result is not None, "Required property 'scope' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allow_tracing(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: SubscriptionSpec#allowTracing
        '''
        result = self._values.get("allow_tracing")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def azure_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SubscriptionSpec#azureName
        '''
        result = self._values.get("azure_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator_spec(self) -> typing.Optional["SubscriptionSpecOperatorSpec"]:
        '''
        :schema: SubscriptionSpec#operatorSpec
        '''
        result = self._values.get("operator_spec")
        return typing.cast(typing.Optional["SubscriptionSpecOperatorSpec"], result)

    @builtins.property
    def owner_reference(self) -> typing.Optional["SubscriptionSpecOwnerReference"]:
        '''
        :schema: SubscriptionSpec#ownerReference
        '''
        result = self._values.get("owner_reference")
        return typing.cast(typing.Optional["SubscriptionSpecOwnerReference"], result)

    @builtins.property
    def primary_key(self) -> typing.Optional["SubscriptionSpecPrimaryKey"]:
        '''
        :schema: SubscriptionSpec#primaryKey
        '''
        result = self._values.get("primary_key")
        return typing.cast(typing.Optional["SubscriptionSpecPrimaryKey"], result)

    @builtins.property
    def secondary_key(self) -> typing.Optional["SubscriptionSpecSecondaryKey"]:
        '''
        :schema: SubscriptionSpec#secondaryKey
        '''
        result = self._values.get("secondary_key")
        return typing.cast(typing.Optional["SubscriptionSpecSecondaryKey"], result)

    @builtins.property
    def state(self) -> typing.Optional["SubscriptionSpecState"]:
        '''
        :schema: SubscriptionSpec#state
        '''
        result = self._values.get("state")
        return typing.cast(typing.Optional["SubscriptionSpecState"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionSpecOperatorSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_expressions": "configMapExpressions",
        "secret_expressions": "secretExpressions",
        "secrets": "secrets",
    },
)
class SubscriptionSpecOperatorSpec:
    def __init__(
        self,
        *,
        config_map_expressions: typing.Optional[typing.Sequence[typing.Union["SubscriptionSpecOperatorSpecConfigMapExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        secret_expressions: typing.Optional[typing.Sequence[typing.Union["SubscriptionSpecOperatorSpecSecretExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        secrets: typing.Optional[typing.Union["SubscriptionSpecOperatorSpecSecrets", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_expressions: 
        :param secret_expressions: 
        :param secrets: 

        :schema: SubscriptionSpecOperatorSpec
        '''
        if isinstance(secrets, dict):
            secrets = SubscriptionSpecOperatorSpecSecrets(**secrets)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f50bca204c297362588e9ced731b5790e3e9d4255c4e73ddc3759f15dbe8dbd6)
            check_type(argname="argument config_map_expressions", value=config_map_expressions, expected_type=type_hints["config_map_expressions"])
            check_type(argname="argument secret_expressions", value=secret_expressions, expected_type=type_hints["secret_expressions"])
            check_type(argname="argument secrets", value=secrets, expected_type=type_hints["secrets"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_expressions is not None:
            self._values["config_map_expressions"] = config_map_expressions
        if secret_expressions is not None:
            self._values["secret_expressions"] = secret_expressions
        if secrets is not None:
            self._values["secrets"] = secrets

    @builtins.property
    def config_map_expressions(
        self,
    ) -> typing.Optional[typing.List["SubscriptionSpecOperatorSpecConfigMapExpressions"]]:
        '''
        :schema: SubscriptionSpecOperatorSpec#configMapExpressions
        '''
        result = self._values.get("config_map_expressions")
        return typing.cast(typing.Optional[typing.List["SubscriptionSpecOperatorSpecConfigMapExpressions"]], result)

    @builtins.property
    def secret_expressions(
        self,
    ) -> typing.Optional[typing.List["SubscriptionSpecOperatorSpecSecretExpressions"]]:
        '''
        :schema: SubscriptionSpecOperatorSpec#secretExpressions
        '''
        result = self._values.get("secret_expressions")
        return typing.cast(typing.Optional[typing.List["SubscriptionSpecOperatorSpecSecretExpressions"]], result)

    @builtins.property
    def secrets(self) -> typing.Optional["SubscriptionSpecOperatorSpecSecrets"]:
        '''
        :schema: SubscriptionSpecOperatorSpec#secrets
        '''
        result = self._values.get("secrets")
        return typing.cast(typing.Optional["SubscriptionSpecOperatorSpecSecrets"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionSpecOperatorSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionSpecOperatorSpecConfigMapExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class SubscriptionSpecOperatorSpecConfigMapExpressions:
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

        :schema: SubscriptionSpecOperatorSpecConfigMapExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bf3764986f134ad18884e6a11493cca979a1f9156bbaccd45d1b1a74dff16e19)
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
        :schema: SubscriptionSpecOperatorSpecConfigMapExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SubscriptionSpecOperatorSpecConfigMapExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SubscriptionSpecOperatorSpecConfigMapExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SubscriptionSpecOperatorSpecConfigMapExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SubscriptionSpecOperatorSpecConfigMapExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionSpecOperatorSpecConfigMapExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionSpecOperatorSpecSecretExpressions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "annotations": "annotations",
        "key": "key",
        "labels": "labels",
    },
)
class SubscriptionSpecOperatorSpecSecretExpressions:
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

        :schema: SubscriptionSpecOperatorSpecSecretExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1250f66fae93f462a55b8582092c1bff7bc1a76c27366d6732ad794c6ebcb507)
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
        :schema: SubscriptionSpecOperatorSpecSecretExpressions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SubscriptionSpecOperatorSpecSecretExpressions#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SubscriptionSpecOperatorSpecSecretExpressions#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SubscriptionSpecOperatorSpecSecretExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SubscriptionSpecOperatorSpecSecretExpressions#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionSpecOperatorSpecSecretExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionSpecOperatorSpecSecrets",
    jsii_struct_bases=[],
    name_mapping={"primary_key": "primaryKey", "secondary_key": "secondaryKey"},
)
class SubscriptionSpecOperatorSpecSecrets:
    def __init__(
        self,
        *,
        primary_key: typing.Optional[typing.Union["SubscriptionSpecOperatorSpecSecretsPrimaryKey", typing.Dict[builtins.str, typing.Any]]] = None,
        secondary_key: typing.Optional[typing.Union["SubscriptionSpecOperatorSpecSecretsSecondaryKey", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param primary_key: 
        :param secondary_key: 

        :schema: SubscriptionSpecOperatorSpecSecrets
        '''
        if isinstance(primary_key, dict):
            primary_key = SubscriptionSpecOperatorSpecSecretsPrimaryKey(**primary_key)
        if isinstance(secondary_key, dict):
            secondary_key = SubscriptionSpecOperatorSpecSecretsSecondaryKey(**secondary_key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cf50d48d66844a14edba821748a019bc2c4f8388b58c06a9ced82e1558400f80)
            check_type(argname="argument primary_key", value=primary_key, expected_type=type_hints["primary_key"])
            check_type(argname="argument secondary_key", value=secondary_key, expected_type=type_hints["secondary_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if primary_key is not None:
            self._values["primary_key"] = primary_key
        if secondary_key is not None:
            self._values["secondary_key"] = secondary_key

    @builtins.property
    def primary_key(
        self,
    ) -> typing.Optional["SubscriptionSpecOperatorSpecSecretsPrimaryKey"]:
        '''
        :schema: SubscriptionSpecOperatorSpecSecrets#primaryKey
        '''
        result = self._values.get("primary_key")
        return typing.cast(typing.Optional["SubscriptionSpecOperatorSpecSecretsPrimaryKey"], result)

    @builtins.property
    def secondary_key(
        self,
    ) -> typing.Optional["SubscriptionSpecOperatorSpecSecretsSecondaryKey"]:
        '''
        :schema: SubscriptionSpecOperatorSpecSecrets#secondaryKey
        '''
        result = self._values.get("secondary_key")
        return typing.cast(typing.Optional["SubscriptionSpecOperatorSpecSecretsSecondaryKey"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionSpecOperatorSpecSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionSpecOperatorSpecSecretsPrimaryKey",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "name": "name",
        "annotations": "annotations",
        "labels": "labels",
    },
)
class SubscriptionSpecOperatorSpecSecretsPrimaryKey:
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

        :schema: SubscriptionSpecOperatorSpecSecretsPrimaryKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3dee88a89d92fac4b89f84aabd42edf9b113d49de4c925d256aca636ddcf8d8)
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
        :schema: SubscriptionSpecOperatorSpecSecretsPrimaryKey#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SubscriptionSpecOperatorSpecSecretsPrimaryKey#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SubscriptionSpecOperatorSpecSecretsPrimaryKey#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SubscriptionSpecOperatorSpecSecretsPrimaryKey#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionSpecOperatorSpecSecretsPrimaryKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionSpecOperatorSpecSecretsSecondaryKey",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "name": "name",
        "annotations": "annotations",
        "labels": "labels",
    },
)
class SubscriptionSpecOperatorSpecSecretsSecondaryKey:
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

        :schema: SubscriptionSpecOperatorSpecSecretsSecondaryKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d143b78fb6abbd6f4f5a3263d2d6932ba2735240d0a02f5157fb4d5f109fadc5)
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
        :schema: SubscriptionSpecOperatorSpecSecretsSecondaryKey#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SubscriptionSpecOperatorSpecSecretsSecondaryKey#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SubscriptionSpecOperatorSpecSecretsSecondaryKey#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: SubscriptionSpecOperatorSpecSecretsSecondaryKey#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionSpecOperatorSpecSecretsSecondaryKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionSpecOwner",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "name": "name"},
)
class SubscriptionSpecOwner:
    def __init__(
        self,
        *,
        arm_id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param arm_id: 
        :param name: 

        :schema: SubscriptionSpecOwner
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e9d45838b3274dc4c1d7d9d9f98e1d263380c48d04cede161826a932971712f7)
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
        :schema: SubscriptionSpecOwner#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SubscriptionSpecOwner#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionSpecOwner(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionSpecOwnerReference",
    jsii_struct_bases=[],
    name_mapping={"arm_id": "armId", "group": "group", "kind": "kind", "name": "name"},
)
class SubscriptionSpecOwnerReference:
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

        :schema: SubscriptionSpecOwnerReference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c966de419aa5f98a692a9efc1f9f0a54758ea6748fb9193667e963e260c68940)
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
        :schema: SubscriptionSpecOwnerReference#armId
        '''
        result = self._values.get("arm_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SubscriptionSpecOwnerReference#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SubscriptionSpecOwnerReference#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SubscriptionSpecOwnerReference#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionSpecOwnerReference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionSpecPrimaryKey",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class SubscriptionSpecPrimaryKey:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: SubscriptionSpecPrimaryKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17846a5b8c719701772f5c27fd27bae267e531c2d01c79dddc79e18adfad41c8)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: SubscriptionSpecPrimaryKey#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SubscriptionSpecPrimaryKey#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionSpecPrimaryKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apimanagement_comazureapimanagement.SubscriptionSpecSecondaryKey",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class SubscriptionSpecSecondaryKey:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''
        :param key: 
        :param name: 

        :schema: SubscriptionSpecSecondaryKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d5d6d957972d9ac301861a05425116bea46d76ac51d8e346feaffa492e243b5)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: SubscriptionSpecSecondaryKey#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: SubscriptionSpecSecondaryKey#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionSpecSecondaryKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="apimanagement_comazureapimanagement.SubscriptionSpecState")
class SubscriptionSpecState(enum.Enum):
    '''
    :schema: SubscriptionSpecState
    '''

    ACTIVE = "ACTIVE"
    '''active.'''
    CANCELLED = "CANCELLED"
    '''cancelled.'''
    EXPIRED = "EXPIRED"
    '''expired.'''
    REJECTED = "REJECTED"
    '''rejected.'''
    SUBMITTED = "SUBMITTED"
    '''submitted.'''
    SUSPENDED = "SUSPENDED"
    '''suspended.'''


__all__ = [
    "Backend",
    "BackendProps",
    "BackendSpec",
    "BackendSpecCircuitBreaker",
    "BackendSpecCircuitBreakerRules",
    "BackendSpecCircuitBreakerRulesFailureCondition",
    "BackendSpecCircuitBreakerRulesFailureConditionStatusCodeRanges",
    "BackendSpecCredentials",
    "BackendSpecCredentialsAuthorization",
    "BackendSpecOperatorSpec",
    "BackendSpecOperatorSpecConfigMapExpressions",
    "BackendSpecOperatorSpecSecretExpressions",
    "BackendSpecOwner",
    "BackendSpecPool",
    "BackendSpecPoolServices",
    "BackendSpecPoolServicesReference",
    "BackendSpecProperties",
    "BackendSpecPropertiesServiceFabricCluster",
    "BackendSpecPropertiesServiceFabricClusterServerX509Names",
    "BackendSpecProtocol",
    "BackendSpecProxy",
    "BackendSpecProxyPassword",
    "BackendSpecResourceReference",
    "BackendSpecTls",
    "BackendSpecType",
    "Product",
    "ProductApi",
    "ProductApiProps",
    "ProductApiSpec",
    "ProductApiSpecOperatorSpec",
    "ProductApiSpecOperatorSpecConfigMapExpressions",
    "ProductApiSpecOperatorSpecSecretExpressions",
    "ProductApiSpecOwner",
    "ProductPolicy",
    "ProductPolicyProps",
    "ProductPolicySpec",
    "ProductPolicySpecFormat",
    "ProductPolicySpecOperatorSpec",
    "ProductPolicySpecOperatorSpecConfigMapExpressions",
    "ProductPolicySpecOperatorSpecSecretExpressions",
    "ProductPolicySpecOwner",
    "ProductProps",
    "ProductSpec",
    "ProductSpecOperatorSpec",
    "ProductSpecOperatorSpecConfigMapExpressions",
    "ProductSpecOperatorSpecSecretExpressions",
    "ProductSpecOwner",
    "ProductSpecState",
    "Subscription",
    "SubscriptionProps",
    "SubscriptionSpec",
    "SubscriptionSpecOperatorSpec",
    "SubscriptionSpecOperatorSpecConfigMapExpressions",
    "SubscriptionSpecOperatorSpecSecretExpressions",
    "SubscriptionSpecOperatorSpecSecrets",
    "SubscriptionSpecOperatorSpecSecretsPrimaryKey",
    "SubscriptionSpecOperatorSpecSecretsSecondaryKey",
    "SubscriptionSpecOwner",
    "SubscriptionSpecOwnerReference",
    "SubscriptionSpecPrimaryKey",
    "SubscriptionSpecSecondaryKey",
    "SubscriptionSpecState",
]

publication.publish()

def _typecheckingstub__57b8c2ad4322ce67b09d57f0601add0175a8b6bf4542e8f716d2636fd6194e89(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[BackendSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26828fcca7254c1297451fdb31a3ed5c81d57d09b139051e1bd9891d551a5305(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[BackendSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53da62937f48f6a622fb3542897966cc7797a6ac88a101bff54f1f83f0eadf69(
    *,
    owner: typing.Union[BackendSpecOwner, typing.Dict[builtins.str, typing.Any]],
    azure_name: typing.Optional[builtins.str] = None,
    circuit_breaker: typing.Optional[typing.Union[BackendSpecCircuitBreaker, typing.Dict[builtins.str, typing.Any]]] = None,
    credentials: typing.Optional[typing.Union[BackendSpecCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    description: typing.Optional[builtins.str] = None,
    operator_spec: typing.Optional[typing.Union[BackendSpecOperatorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    pool: typing.Optional[typing.Union[BackendSpecPool, typing.Dict[builtins.str, typing.Any]]] = None,
    properties: typing.Optional[typing.Union[BackendSpecProperties, typing.Dict[builtins.str, typing.Any]]] = None,
    protocol: typing.Optional[BackendSpecProtocol] = None,
    proxy: typing.Optional[typing.Union[BackendSpecProxy, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_reference: typing.Optional[typing.Union[BackendSpecResourceReference, typing.Dict[builtins.str, typing.Any]]] = None,
    title: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[BackendSpecTls, typing.Dict[builtins.str, typing.Any]]] = None,
    type: typing.Optional[BackendSpecType] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d1a270dca757ac5024184f13619147ff18b6004144377bf0514c66aed67f1f9(
    *,
    rules: typing.Optional[typing.Sequence[typing.Union[BackendSpecCircuitBreakerRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e9a9c33767f9ab3ba1679594ff2c1c4ab967effa4109c369a2e4c73b7fdc2a2(
    *,
    accept_retry_after: typing.Optional[builtins.bool] = None,
    failure_condition: typing.Optional[typing.Union[BackendSpecCircuitBreakerRulesFailureCondition, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    trip_duration: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d77e77cb2c27254c0cee63c9e46351b4018d5333306ecabd0e14b73fe7b64888(
    *,
    count: typing.Optional[jsii.Number] = None,
    error_reasons: typing.Optional[typing.Sequence[builtins.str]] = None,
    interval: typing.Optional[builtins.str] = None,
    percentage: typing.Optional[jsii.Number] = None,
    status_code_ranges: typing.Optional[typing.Sequence[typing.Union[BackendSpecCircuitBreakerRulesFailureConditionStatusCodeRanges, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6df6519dbbc54be5b7cca70b4f31c797a97adc3958ba500fb37d3397c044ab39(
    *,
    max: typing.Optional[jsii.Number] = None,
    min: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16e54116834bd3fe4085c348993b9fe99a78ad3b7bc66daa67328ecdd3f0a3a9(
    *,
    authorization: typing.Optional[typing.Union[BackendSpecCredentialsAuthorization, typing.Dict[builtins.str, typing.Any]]] = None,
    certificate: typing.Optional[typing.Sequence[builtins.str]] = None,
    certificate_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    header: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    query: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c3d66d5b44db0bd164d37b947f9e3768d93aa3eef3c87f83bcaa863de97e988(
    *,
    parameter: builtins.str,
    scheme: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__715089911e5bd35cb9e087c8e766694c3e25db4f08a3d13b959c3a265ddf935d(
    *,
    config_map_expressions: typing.Optional[typing.Sequence[typing.Union[BackendSpecOperatorSpecConfigMapExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    secret_expressions: typing.Optional[typing.Sequence[typing.Union[BackendSpecOperatorSpecSecretExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66c22882357972b3d6160584d34cf34e4950087dbed4be318caf42c0f68f169a(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64899f17c47c4332e0a4b503d5b4fea81468e9e7a97f679179b0d80a3f2f3581(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67f8bcfef51f0335b4edc3394814516e2796d8f2df4b12cb2c9f79169f58fa96(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba08301b222c9ca329fa9243271d6389667752482f645a6c825b1f74e001975a(
    *,
    services: typing.Optional[typing.Sequence[typing.Union[BackendSpecPoolServices, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4f5dc73c39381f6e82cbe998d795454e4af6cc3ff7bfddd6952c425f43a0d44(
    *,
    reference: typing.Union[BackendSpecPoolServicesReference, typing.Dict[builtins.str, typing.Any]],
    priority: typing.Optional[jsii.Number] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ae7f62a6e61497dc734b7580769b5c0bc69fe577e77f08827deb13a65fd456f(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04d417881660442b4e9c1cf4bb62fccc975c70ce4202dcd9c738cf266556355a(
    *,
    service_fabric_cluster: typing.Optional[typing.Union[BackendSpecPropertiesServiceFabricCluster, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__816a4ea42cd2661945fee1ea35cf4eb0b8bd64d6b65b2b9dbf8ffec8d2dd3599(
    *,
    management_endpoints: typing.Sequence[builtins.str],
    client_certificate_id: typing.Optional[builtins.str] = None,
    client_certificatethumbprint: typing.Optional[builtins.str] = None,
    max_partition_resolution_retries: typing.Optional[jsii.Number] = None,
    server_certificate_thumbprints: typing.Optional[typing.Sequence[builtins.str]] = None,
    server_x509_names: typing.Optional[typing.Sequence[typing.Union[BackendSpecPropertiesServiceFabricClusterServerX509Names, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__416290f1b13c4b0aa9cac9bb1fb8868a16b8df25fb42f120373b8246fbb398b5(
    *,
    issuer_certificate_thumbprint: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8295706a3ae617016eedf2ac3a154dd3d5e12787b12ac894ba54014e078853b6(
    *,
    url: builtins.str,
    password: typing.Optional[typing.Union[BackendSpecProxyPassword, typing.Dict[builtins.str, typing.Any]]] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c0ddd1a1965329b848e603a90432c744c2a1b45d491e4f4a36ae3d0fe272253(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fdfd65df6cbb44fe3ae368479cc0ddc100e4cd2c26b1818419a229f5ddc28456(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8226feba6aff77bdbc737e6a12c9ec6facc5a295b7b9cfdf604577ff8156dec(
    *,
    validate_certificate_chain: typing.Optional[builtins.bool] = None,
    validate_certificate_name: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e38d3dd45860b3eea0b8d39e9b41f475214a9062db6f05cc0396e7bee900ea1a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProductSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39120cdb3724dbcd50c4d1d9f9870c4aba7e1c29addd91dc1c269ac7940c96a7(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProductApiSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc93212dcdd89671414d245792a07d445483dacaff51f48edc5e8b256214f682(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProductApiSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e958c45ac4ebcbf6e1ec9c4b0f60bc9b9af922fc87186e83f8e2f36d0ebdf13(
    *,
    owner: typing.Union[ProductApiSpecOwner, typing.Dict[builtins.str, typing.Any]],
    azure_name: typing.Optional[builtins.str] = None,
    operator_spec: typing.Optional[typing.Union[ProductApiSpecOperatorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa1f88409dfb68faa6520a08b5bb10150981d6fd364385c4b3e8f3812788187c(
    *,
    config_map_expressions: typing.Optional[typing.Sequence[typing.Union[ProductApiSpecOperatorSpecConfigMapExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    secret_expressions: typing.Optional[typing.Sequence[typing.Union[ProductApiSpecOperatorSpecSecretExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__131080dd1685ae7945847c11bca9cc22df55ec0764a5e060e1880d215f2ca704(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__013841f3877799d94940fc2b92e72a8a2a5889e40eded9e742fed1c276133515(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fb82e215cfcd5a4637408314bc57f50cbe0de5a5c8ec82e9ebc36a925ddd620(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7a32f164f20840151a9682aacda0883f8c3b7b80b8128d44c0c8a28895018c4(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProductPolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97ca4555817ba2a9a48e35d6321f185fc2439dc56c5c9e12c894fabf4733c6c2(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProductPolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4c5757c0baaabde3e8877e1d90ac00a1f8e48ebd4d4e40ace0057055260ae2f(
    *,
    owner: typing.Union[ProductPolicySpecOwner, typing.Dict[builtins.str, typing.Any]],
    value: builtins.str,
    format: typing.Optional[ProductPolicySpecFormat] = None,
    operator_spec: typing.Optional[typing.Union[ProductPolicySpecOperatorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1304cb922ddca721e6210629f43ca4fbc79ccdc32ce7cae4da58c224fda4ae37(
    *,
    config_map_expressions: typing.Optional[typing.Sequence[typing.Union[ProductPolicySpecOperatorSpecConfigMapExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    secret_expressions: typing.Optional[typing.Sequence[typing.Union[ProductPolicySpecOperatorSpecSecretExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39811f41d0c41373d9b3c31524547694e44a671e2db7b5e77c28b95019baccb9(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae8f44a2b4c601e04c1eff87a471fe1a57ed09538f088bbd47fe3d5be77d83b0(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bed56fb23a3ee8deb22365a5ce441f2c5705450169db9ae1abd4568c17cabfa(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76e409455698cc29645571047f84e8b840e7c309636e29f67b906ceaf0ec760f(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ProductSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82f3bbde55f1fadc6085af2add6a23f1ccd113b7b5631d6d96f43125617ea176(
    *,
    display_name: builtins.str,
    owner: typing.Union[ProductSpecOwner, typing.Dict[builtins.str, typing.Any]],
    approval_required: typing.Optional[builtins.bool] = None,
    azure_name: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    operator_spec: typing.Optional[typing.Union[ProductSpecOperatorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    state: typing.Optional[ProductSpecState] = None,
    subscription_required: typing.Optional[builtins.bool] = None,
    subscriptions_limit: typing.Optional[jsii.Number] = None,
    terms: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5308865164a58181ef4a113b1bd358bb8fd356d0892a04e943ec85c6eec4cb84(
    *,
    config_map_expressions: typing.Optional[typing.Sequence[typing.Union[ProductSpecOperatorSpecConfigMapExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    secret_expressions: typing.Optional[typing.Sequence[typing.Union[ProductSpecOperatorSpecSecretExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a0b38833cb16929b3380bf2b944013c99629729e9d768e48f14a9a5a7817b47(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a764a76614cc9c46f8ecc05a60f03cd738eeac0e49a3f57c618f1a36b64356a5(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7774ad64f98b2c0b0a9530c468e66898c0c9c7e2cb518e2f369c997d48b500f(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfd0e1e85d3bb2a307594eb4b76b493d70c5bb6755682e380ae7886f32b19570(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SubscriptionSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__691f8f57ac798410eccbd45549dfd70b6bececc1df6bca1fc69eb9081c4716e8(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SubscriptionSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4c97090f450114383969a404303afc9cf321ea5319bea08ea8533a393e0f97a(
    *,
    display_name: builtins.str,
    owner: typing.Union[SubscriptionSpecOwner, typing.Dict[builtins.str, typing.Any]],
    scope: builtins.str,
    allow_tracing: typing.Optional[builtins.bool] = None,
    azure_name: typing.Optional[builtins.str] = None,
    operator_spec: typing.Optional[typing.Union[SubscriptionSpecOperatorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    owner_reference: typing.Optional[typing.Union[SubscriptionSpecOwnerReference, typing.Dict[builtins.str, typing.Any]]] = None,
    primary_key: typing.Optional[typing.Union[SubscriptionSpecPrimaryKey, typing.Dict[builtins.str, typing.Any]]] = None,
    secondary_key: typing.Optional[typing.Union[SubscriptionSpecSecondaryKey, typing.Dict[builtins.str, typing.Any]]] = None,
    state: typing.Optional[SubscriptionSpecState] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f50bca204c297362588e9ced731b5790e3e9d4255c4e73ddc3759f15dbe8dbd6(
    *,
    config_map_expressions: typing.Optional[typing.Sequence[typing.Union[SubscriptionSpecOperatorSpecConfigMapExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    secret_expressions: typing.Optional[typing.Sequence[typing.Union[SubscriptionSpecOperatorSpecSecretExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    secrets: typing.Optional[typing.Union[SubscriptionSpecOperatorSpecSecrets, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf3764986f134ad18884e6a11493cca979a1f9156bbaccd45d1b1a74dff16e19(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1250f66fae93f462a55b8582092c1bff7bc1a76c27366d6732ad794c6ebcb507(
    *,
    name: builtins.str,
    value: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    key: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf50d48d66844a14edba821748a019bc2c4f8388b58c06a9ced82e1558400f80(
    *,
    primary_key: typing.Optional[typing.Union[SubscriptionSpecOperatorSpecSecretsPrimaryKey, typing.Dict[builtins.str, typing.Any]]] = None,
    secondary_key: typing.Optional[typing.Union[SubscriptionSpecOperatorSpecSecretsSecondaryKey, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3dee88a89d92fac4b89f84aabd42edf9b113d49de4c925d256aca636ddcf8d8(
    *,
    key: builtins.str,
    name: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d143b78fb6abbd6f4f5a3263d2d6932ba2735240d0a02f5157fb4d5f109fadc5(
    *,
    key: builtins.str,
    name: builtins.str,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9d45838b3274dc4c1d7d9d9f98e1d263380c48d04cede161826a932971712f7(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c966de419aa5f98a692a9efc1f9f0a54758ea6748fb9193667e963e260c68940(
    *,
    arm_id: typing.Optional[builtins.str] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17846a5b8c719701772f5c27fd27bae267e531c2d01c79dddc79e18adfad41c8(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d5d6d957972d9ac301861a05425116bea46d76ac51d8e346feaffa492e243b5(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
