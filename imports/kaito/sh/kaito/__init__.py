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


class Workspace(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kaito_shkaito.Workspace",
):
    '''
    :schema: Workspace
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        inference: typing.Optional[typing.Union["WorkspaceInference", typing.Dict[builtins.str, typing.Any]]] = None,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        resource: typing.Optional[typing.Union["WorkspaceResource", typing.Dict[builtins.str, typing.Any]]] = None,
        tuning: typing.Optional[typing.Union["WorkspaceTuning", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Workspace" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param inference: 
        :param metadata: 
        :param resource: 
        :param tuning: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d6d27350f6b373f5a1bd933e2f6760ed817748bf9b451a3b8734f6e8b0b02fe)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = WorkspaceProps(
            inference=inference, metadata=metadata, resource=resource, tuning=tuning
        )

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        inference: typing.Optional[typing.Union["WorkspaceInference", typing.Dict[builtins.str, typing.Any]]] = None,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        resource: typing.Optional[typing.Union["WorkspaceResource", typing.Dict[builtins.str, typing.Any]]] = None,
        tuning: typing.Optional[typing.Union["WorkspaceTuning", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Workspace".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param inference: 
        :param metadata: 
        :param resource: 
        :param tuning: 
        '''
        props = WorkspaceProps(
            inference=inference, metadata=metadata, resource=resource, tuning=tuning
        )

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Workspace".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceInference",
    jsii_struct_bases=[],
    name_mapping={
        "adapters": "adapters",
        "config": "config",
        "preset": "preset",
        "template": "template",
    },
)
class WorkspaceInference:
    def __init__(
        self,
        *,
        adapters: typing.Optional[typing.Sequence[typing.Union["WorkspaceInferenceAdapters", typing.Dict[builtins.str, typing.Any]]]] = None,
        config: typing.Optional[builtins.str] = None,
        preset: typing.Optional[typing.Union["WorkspaceInferencePreset", typing.Dict[builtins.str, typing.Any]]] = None,
        template: typing.Any = None,
    ) -> None:
        '''
        :param adapters: 
        :param config: 
        :param preset: 
        :param template: 

        :schema: WorkspaceInference
        '''
        if isinstance(preset, dict):
            preset = WorkspaceInferencePreset(**preset)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d8194757323136ad4792251e9c2fa279284aa1034343a6df67583c9a7dc59e39)
            check_type(argname="argument adapters", value=adapters, expected_type=type_hints["adapters"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument preset", value=preset, expected_type=type_hints["preset"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if adapters is not None:
            self._values["adapters"] = adapters
        if config is not None:
            self._values["config"] = config
        if preset is not None:
            self._values["preset"] = preset
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def adapters(self) -> typing.Optional[typing.List["WorkspaceInferenceAdapters"]]:
        '''
        :schema: WorkspaceInference#adapters
        '''
        result = self._values.get("adapters")
        return typing.cast(typing.Optional[typing.List["WorkspaceInferenceAdapters"]], result)

    @builtins.property
    def config(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceInference#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def preset(self) -> typing.Optional["WorkspaceInferencePreset"]:
        '''
        :schema: WorkspaceInference#preset
        '''
        result = self._values.get("preset")
        return typing.cast(typing.Optional["WorkspaceInferencePreset"], result)

    @builtins.property
    def template(self) -> typing.Any:
        '''
        :schema: WorkspaceInference#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceInference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceInferenceAdapters",
    jsii_struct_bases=[],
    name_mapping={"source": "source", "strength": "strength"},
)
class WorkspaceInferenceAdapters:
    def __init__(
        self,
        *,
        source: typing.Optional[typing.Union["WorkspaceInferenceAdaptersSource", typing.Dict[builtins.str, typing.Any]]] = None,
        strength: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param source: 
        :param strength: 

        :schema: WorkspaceInferenceAdapters
        '''
        if isinstance(source, dict):
            source = WorkspaceInferenceAdaptersSource(**source)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__813ab2ca104610fe7a62d3a69ff505bc3d3747dfe7b48224b5b720d19bb108b3)
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument strength", value=strength, expected_type=type_hints["strength"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if source is not None:
            self._values["source"] = source
        if strength is not None:
            self._values["strength"] = strength

    @builtins.property
    def source(self) -> typing.Optional["WorkspaceInferenceAdaptersSource"]:
        '''
        :schema: WorkspaceInferenceAdapters#source
        '''
        result = self._values.get("source")
        return typing.cast(typing.Optional["WorkspaceInferenceAdaptersSource"], result)

    @builtins.property
    def strength(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceInferenceAdapters#strength
        '''
        result = self._values.get("strength")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceInferenceAdapters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceInferenceAdaptersSource",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "image_pull_secrets": "imagePullSecrets",
        "name": "name",
        "urls": "urls",
        "volume_source": "volumeSource",
    },
)
class WorkspaceInferenceAdaptersSource:
    def __init__(
        self,
        *,
        image: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        urls: typing.Optional[typing.Sequence[builtins.str]] = None,
        volume_source: typing.Any = None,
    ) -> None:
        '''
        :param image: 
        :param image_pull_secrets: 
        :param name: 
        :param urls: 
        :param volume_source: 

        :schema: WorkspaceInferenceAdaptersSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f8b9dfd38c2dfa438cafaf9424f3e52afe26896a5958e9fa3795120a82bab4c)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument urls", value=urls, expected_type=type_hints["urls"])
            check_type(argname="argument volume_source", value=volume_source, expected_type=type_hints["volume_source"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if image is not None:
            self._values["image"] = image
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if name is not None:
            self._values["name"] = name
        if urls is not None:
            self._values["urls"] = urls
        if volume_source is not None:
            self._values["volume_source"] = volume_source

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceInferenceAdaptersSource#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: WorkspaceInferenceAdaptersSource#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceInferenceAdaptersSource#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def urls(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: WorkspaceInferenceAdaptersSource#urls
        '''
        result = self._values.get("urls")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def volume_source(self) -> typing.Any:
        '''
        :schema: WorkspaceInferenceAdaptersSource#volumeSource
        '''
        result = self._values.get("volume_source")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceInferenceAdaptersSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceInferencePreset",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "access_mode": "accessMode",
        "preset_options": "presetOptions",
    },
)
class WorkspaceInferencePreset:
    def __init__(
        self,
        *,
        name: builtins.str,
        access_mode: typing.Optional["WorkspaceInferencePresetAccessMode"] = None,
        preset_options: typing.Optional[typing.Union["WorkspaceInferencePresetPresetOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param access_mode: 
        :param preset_options: 

        :schema: WorkspaceInferencePreset
        '''
        if isinstance(preset_options, dict):
            preset_options = WorkspaceInferencePresetPresetOptions(**preset_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__683648977398c8e19b644fdcd566ae6544b75027a9968a965460e283f722b93c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument access_mode", value=access_mode, expected_type=type_hints["access_mode"])
            check_type(argname="argument preset_options", value=preset_options, expected_type=type_hints["preset_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if access_mode is not None:
            self._values["access_mode"] = access_mode
        if preset_options is not None:
            self._values["preset_options"] = preset_options

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: WorkspaceInferencePreset#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def access_mode(self) -> typing.Optional["WorkspaceInferencePresetAccessMode"]:
        '''
        :schema: WorkspaceInferencePreset#accessMode
        '''
        result = self._values.get("access_mode")
        return typing.cast(typing.Optional["WorkspaceInferencePresetAccessMode"], result)

    @builtins.property
    def preset_options(
        self,
    ) -> typing.Optional["WorkspaceInferencePresetPresetOptions"]:
        '''
        :schema: WorkspaceInferencePreset#presetOptions
        '''
        result = self._values.get("preset_options")
        return typing.cast(typing.Optional["WorkspaceInferencePresetPresetOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceInferencePreset(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kaito_shkaito.WorkspaceInferencePresetAccessMode")
class WorkspaceInferencePresetAccessMode(enum.Enum):
    '''
    :schema: WorkspaceInferencePresetAccessMode
    '''

    PUBLIC = "PUBLIC"
    '''public.'''
    PRIVATE = "PRIVATE"
    '''private.'''


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceInferencePresetPresetOptions",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "image_pull_secrets": "imagePullSecrets",
        "model_access_secret": "modelAccessSecret",
    },
)
class WorkspaceInferencePresetPresetOptions:
    def __init__(
        self,
        *,
        image: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        model_access_secret: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param image: 
        :param image_pull_secrets: 
        :param model_access_secret: 

        :schema: WorkspaceInferencePresetPresetOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd466614983873ddb38a98950fd147fa2de0510266a347101223bfce49d69ea8)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument model_access_secret", value=model_access_secret, expected_type=type_hints["model_access_secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if image is not None:
            self._values["image"] = image
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if model_access_secret is not None:
            self._values["model_access_secret"] = model_access_secret

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceInferencePresetPresetOptions#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: WorkspaceInferencePresetPresetOptions#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def model_access_secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceInferencePresetPresetOptions#modelAccessSecret
        '''
        result = self._values.get("model_access_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceInferencePresetPresetOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceProps",
    jsii_struct_bases=[],
    name_mapping={
        "inference": "inference",
        "metadata": "metadata",
        "resource": "resource",
        "tuning": "tuning",
    },
)
class WorkspaceProps:
    def __init__(
        self,
        *,
        inference: typing.Optional[typing.Union["WorkspaceInference", typing.Dict[builtins.str, typing.Any]]] = None,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        resource: typing.Optional[typing.Union["WorkspaceResource", typing.Dict[builtins.str, typing.Any]]] = None,
        tuning: typing.Optional[typing.Union["WorkspaceTuning", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param inference: 
        :param metadata: 
        :param resource: 
        :param tuning: 

        :schema: Workspace
        '''
        if isinstance(inference, dict):
            inference = WorkspaceInference(**inference)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(resource, dict):
            resource = WorkspaceResource(**resource)
        if isinstance(tuning, dict):
            tuning = WorkspaceTuning(**tuning)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a91db79f16c42b63b3f4206e554dff699294b7073ad67ac98999b50480e06f4)
            check_type(argname="argument inference", value=inference, expected_type=type_hints["inference"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument tuning", value=tuning, expected_type=type_hints["tuning"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if inference is not None:
            self._values["inference"] = inference
        if metadata is not None:
            self._values["metadata"] = metadata
        if resource is not None:
            self._values["resource"] = resource
        if tuning is not None:
            self._values["tuning"] = tuning

    @builtins.property
    def inference(self) -> typing.Optional["WorkspaceInference"]:
        '''
        :schema: Workspace#inference
        '''
        result = self._values.get("inference")
        return typing.cast(typing.Optional["WorkspaceInference"], result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Workspace#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def resource(self) -> typing.Optional["WorkspaceResource"]:
        '''
        :schema: Workspace#resource
        '''
        result = self._values.get("resource")
        return typing.cast(typing.Optional["WorkspaceResource"], result)

    @builtins.property
    def tuning(self) -> typing.Optional["WorkspaceTuning"]:
        '''
        :schema: Workspace#tuning
        '''
        result = self._values.get("tuning")
        return typing.cast(typing.Optional["WorkspaceTuning"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceResource",
    jsii_struct_bases=[],
    name_mapping={
        "label_selector": "labelSelector",
        "count": "count",
        "instance_type": "instanceType",
        "partition": "partition",
        "preferred_nodes": "preferredNodes",
    },
)
class WorkspaceResource:
    def __init__(
        self,
        *,
        label_selector: typing.Union["WorkspaceResourceLabelSelector", typing.Dict[builtins.str, typing.Any]],
        count: typing.Optional[jsii.Number] = None,
        instance_type: typing.Optional[builtins.str] = None,
        partition: typing.Optional[typing.Union["WorkspaceResourcePartition", typing.Dict[builtins.str, typing.Any]]] = None,
        preferred_nodes: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param label_selector: 
        :param count: 
        :param instance_type: 
        :param partition: 
        :param preferred_nodes: 

        :schema: WorkspaceResource
        '''
        if isinstance(label_selector, dict):
            label_selector = WorkspaceResourceLabelSelector(**label_selector)
        if isinstance(partition, dict):
            partition = WorkspaceResourcePartition(**partition)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cd94b7952693374ab36ca460e78ce1386d6bd10671c163a3f13e6a54b5cf7fa)
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument instance_type", value=instance_type, expected_type=type_hints["instance_type"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument preferred_nodes", value=preferred_nodes, expected_type=type_hints["preferred_nodes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "label_selector": label_selector,
        }
        if count is not None:
            self._values["count"] = count
        if instance_type is not None:
            self._values["instance_type"] = instance_type
        if partition is not None:
            self._values["partition"] = partition
        if preferred_nodes is not None:
            self._values["preferred_nodes"] = preferred_nodes

    @builtins.property
    def label_selector(self) -> "WorkspaceResourceLabelSelector":
        '''
        :schema: WorkspaceResource#labelSelector
        '''
        result = self._values.get("label_selector")
        assert result is not None, "Required property 'label_selector' is missing"
        return typing.cast("WorkspaceResourceLabelSelector", result)

    @builtins.property
    def count(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: WorkspaceResource#count
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def instance_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceResource#instanceType
        '''
        result = self._values.get("instance_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional["WorkspaceResourcePartition"]:
        '''
        :schema: WorkspaceResource#partition
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional["WorkspaceResourcePartition"], result)

    @builtins.property
    def preferred_nodes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: WorkspaceResource#preferredNodes
        '''
        result = self._values.get("preferred_nodes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceResource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceResourceLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class WorkspaceResourceLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["WorkspaceResourceLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: WorkspaceResourceLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c004c9a52df4d446ccf9bb8a465088660e79b32cdbef4978d9d9707865d6708)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["WorkspaceResourceLabelSelectorMatchExpressions"]]:
        '''
        :schema: WorkspaceResourceLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["WorkspaceResourceLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: WorkspaceResourceLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceResourceLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceResourceLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class WorkspaceResourceLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: WorkspaceResourceLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49f5056bab03aa52ee8923b39549e887697790bea9515987f6d1b744c62bcfeb)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: WorkspaceResourceLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: WorkspaceResourceLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: WorkspaceResourceLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceResourceLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceResourcePartition",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "count": "count", "profile": "profile"},
)
class WorkspaceResourcePartition:
    def __init__(
        self,
        *,
        mode: builtins.str,
        count: typing.Optional[jsii.Number] = None,
        profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mode: 
        :param count: 
        :param profile: 

        :schema: WorkspaceResourcePartition
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__61feee827ec587341cb9581d4fb9a8accb16ea497cdbf204171302ea0d2221c5)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument profile", value=profile, expected_type=type_hints["profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mode": mode,
        }
        if count is not None:
            self._values["count"] = count
        if profile is not None:
            self._values["profile"] = profile

    @builtins.property
    def mode(self) -> builtins.str:
        '''
        :schema: WorkspaceResourcePartition#mode
        '''
        result = self._values.get("mode")
        assert result is not None, "Required property 'mode' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def count(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: WorkspaceResourcePartition#count
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceResourcePartition#profile
        '''
        result = self._values.get("profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceResourcePartition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceTuning",
    jsii_struct_bases=[],
    name_mapping={
        "input": "input",
        "output": "output",
        "config": "config",
        "method": "method",
        "preset": "preset",
    },
)
class WorkspaceTuning:
    def __init__(
        self,
        *,
        input: typing.Union["WorkspaceTuningInput", typing.Dict[builtins.str, typing.Any]],
        output: typing.Union["WorkspaceTuningOutput", typing.Dict[builtins.str, typing.Any]],
        config: typing.Optional[builtins.str] = None,
        method: typing.Optional[builtins.str] = None,
        preset: typing.Optional[typing.Union["WorkspaceTuningPreset", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param input: 
        :param output: 
        :param config: 
        :param method: 
        :param preset: 

        :schema: WorkspaceTuning
        '''
        if isinstance(input, dict):
            input = WorkspaceTuningInput(**input)
        if isinstance(output, dict):
            output = WorkspaceTuningOutput(**output)
        if isinstance(preset, dict):
            preset = WorkspaceTuningPreset(**preset)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__934329eff07816b6b191234a6c2d4387af5509c090857492056aaaa343b10097)
            check_type(argname="argument input", value=input, expected_type=type_hints["input"])
            check_type(argname="argument output", value=output, expected_type=type_hints["output"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument preset", value=preset, expected_type=type_hints["preset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "input": input,
            "output": output,
        }
        if config is not None:
            self._values["config"] = config
        if method is not None:
            self._values["method"] = method
        if preset is not None:
            self._values["preset"] = preset

    @builtins.property
    def input(self) -> "WorkspaceTuningInput":
        '''
        :schema: WorkspaceTuning#input
        '''
        result = self._values.get("input")
        assert result is not None, "Required property 'input' is missing"
        return typing.cast("WorkspaceTuningInput", result)

    @builtins.property
    def output(self) -> "WorkspaceTuningOutput":
        '''
        :schema: WorkspaceTuning#output
        '''
        result = self._values.get("output")
        assert result is not None, "Required property 'output' is missing"
        return typing.cast("WorkspaceTuningOutput", result)

    @builtins.property
    def config(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceTuning#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceTuning#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def preset(self) -> typing.Optional["WorkspaceTuningPreset"]:
        '''
        :schema: WorkspaceTuning#preset
        '''
        result = self._values.get("preset")
        return typing.cast(typing.Optional["WorkspaceTuningPreset"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceTuning(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceTuningInput",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "image_pull_secrets": "imagePullSecrets",
        "name": "name",
        "urls": "urls",
        "volume_source": "volumeSource",
    },
)
class WorkspaceTuningInput:
    def __init__(
        self,
        *,
        image: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        urls: typing.Optional[typing.Sequence[builtins.str]] = None,
        volume_source: typing.Any = None,
    ) -> None:
        '''
        :param image: 
        :param image_pull_secrets: 
        :param name: 
        :param urls: 
        :param volume_source: 

        :schema: WorkspaceTuningInput
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64c7a98f2bafd8efa72bf6902529b3fa4d050b38ed640452967511ed8863ec70)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument urls", value=urls, expected_type=type_hints["urls"])
            check_type(argname="argument volume_source", value=volume_source, expected_type=type_hints["volume_source"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if image is not None:
            self._values["image"] = image
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if name is not None:
            self._values["name"] = name
        if urls is not None:
            self._values["urls"] = urls
        if volume_source is not None:
            self._values["volume_source"] = volume_source

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceTuningInput#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: WorkspaceTuningInput#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceTuningInput#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def urls(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: WorkspaceTuningInput#urls
        '''
        result = self._values.get("urls")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def volume_source(self) -> typing.Any:
        '''
        :schema: WorkspaceTuningInput#volumeSource
        '''
        result = self._values.get("volume_source")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceTuningInput(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceTuningOutput",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "image_push_secret": "imagePushSecret",
        "volume_source": "volumeSource",
    },
)
class WorkspaceTuningOutput:
    def __init__(
        self,
        *,
        image: typing.Optional[builtins.str] = None,
        image_push_secret: typing.Optional[builtins.str] = None,
        volume_source: typing.Any = None,
    ) -> None:
        '''
        :param image: 
        :param image_push_secret: 
        :param volume_source: 

        :schema: WorkspaceTuningOutput
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6bcf511a7470c01f4d8f68042e5ea53162955abab021582dcd0986306f534573)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_push_secret", value=image_push_secret, expected_type=type_hints["image_push_secret"])
            check_type(argname="argument volume_source", value=volume_source, expected_type=type_hints["volume_source"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if image is not None:
            self._values["image"] = image
        if image_push_secret is not None:
            self._values["image_push_secret"] = image_push_secret
        if volume_source is not None:
            self._values["volume_source"] = volume_source

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceTuningOutput#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_push_secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceTuningOutput#imagePushSecret
        '''
        result = self._values.get("image_push_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_source(self) -> typing.Any:
        '''
        :schema: WorkspaceTuningOutput#volumeSource
        '''
        result = self._values.get("volume_source")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceTuningOutput(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceTuningPreset",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "access_mode": "accessMode",
        "preset_options": "presetOptions",
    },
)
class WorkspaceTuningPreset:
    def __init__(
        self,
        *,
        name: builtins.str,
        access_mode: typing.Optional["WorkspaceTuningPresetAccessMode"] = None,
        preset_options: typing.Optional[typing.Union["WorkspaceTuningPresetPresetOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param access_mode: 
        :param preset_options: 

        :schema: WorkspaceTuningPreset
        '''
        if isinstance(preset_options, dict):
            preset_options = WorkspaceTuningPresetPresetOptions(**preset_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff34912fb306bed20f29e6009599419d384fbdf2035faa08750661a136c5d083)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument access_mode", value=access_mode, expected_type=type_hints["access_mode"])
            check_type(argname="argument preset_options", value=preset_options, expected_type=type_hints["preset_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if access_mode is not None:
            self._values["access_mode"] = access_mode
        if preset_options is not None:
            self._values["preset_options"] = preset_options

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: WorkspaceTuningPreset#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def access_mode(self) -> typing.Optional["WorkspaceTuningPresetAccessMode"]:
        '''
        :schema: WorkspaceTuningPreset#accessMode
        '''
        result = self._values.get("access_mode")
        return typing.cast(typing.Optional["WorkspaceTuningPresetAccessMode"], result)

    @builtins.property
    def preset_options(self) -> typing.Optional["WorkspaceTuningPresetPresetOptions"]:
        '''
        :schema: WorkspaceTuningPreset#presetOptions
        '''
        result = self._values.get("preset_options")
        return typing.cast(typing.Optional["WorkspaceTuningPresetPresetOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceTuningPreset(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kaito_shkaito.WorkspaceTuningPresetAccessMode")
class WorkspaceTuningPresetAccessMode(enum.Enum):
    '''
    :schema: WorkspaceTuningPresetAccessMode
    '''

    PUBLIC = "PUBLIC"
    '''public.'''
    PRIVATE = "PRIVATE"
    '''private.'''


@jsii.data_type(
    jsii_type="kaito_shkaito.WorkspaceTuningPresetPresetOptions",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "image_pull_secrets": "imagePullSecrets",
        "model_access_secret": "modelAccessSecret",
    },
)
class WorkspaceTuningPresetPresetOptions:
    def __init__(
        self,
        *,
        image: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
        model_access_secret: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param image: 
        :param image_pull_secrets: 
        :param model_access_secret: 

        :schema: WorkspaceTuningPresetPresetOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b1a24a46cdbfa8f1d46419cc7c19aa0a86acddf7e6eabdc5bc2102119a1dffbb)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument model_access_secret", value=model_access_secret, expected_type=type_hints["model_access_secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if image is not None:
            self._values["image"] = image
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if model_access_secret is not None:
            self._values["model_access_secret"] = model_access_secret

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceTuningPresetPresetOptions#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: WorkspaceTuningPresetPresetOptions#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def model_access_secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: WorkspaceTuningPresetPresetOptions#modelAccessSecret
        '''
        result = self._values.get("model_access_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "WorkspaceTuningPresetPresetOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Workspace",
    "WorkspaceInference",
    "WorkspaceInferenceAdapters",
    "WorkspaceInferenceAdaptersSource",
    "WorkspaceInferencePreset",
    "WorkspaceInferencePresetAccessMode",
    "WorkspaceInferencePresetPresetOptions",
    "WorkspaceProps",
    "WorkspaceResource",
    "WorkspaceResourceLabelSelector",
    "WorkspaceResourceLabelSelectorMatchExpressions",
    "WorkspaceResourcePartition",
    "WorkspaceTuning",
    "WorkspaceTuningInput",
    "WorkspaceTuningOutput",
    "WorkspaceTuningPreset",
    "WorkspaceTuningPresetAccessMode",
    "WorkspaceTuningPresetPresetOptions",
]

publication.publish()

def _typecheckingstub__1d6d27350f6b373f5a1bd933e2f6760ed817748bf9b451a3b8734f6e8b0b02fe(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    inference: typing.Optional[typing.Union[WorkspaceInference, typing.Dict[builtins.str, typing.Any]]] = None,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    resource: typing.Optional[typing.Union[WorkspaceResource, typing.Dict[builtins.str, typing.Any]]] = None,
    tuning: typing.Optional[typing.Union[WorkspaceTuning, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8194757323136ad4792251e9c2fa279284aa1034343a6df67583c9a7dc59e39(
    *,
    adapters: typing.Optional[typing.Sequence[typing.Union[WorkspaceInferenceAdapters, typing.Dict[builtins.str, typing.Any]]]] = None,
    config: typing.Optional[builtins.str] = None,
    preset: typing.Optional[typing.Union[WorkspaceInferencePreset, typing.Dict[builtins.str, typing.Any]]] = None,
    template: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__813ab2ca104610fe7a62d3a69ff505bc3d3747dfe7b48224b5b720d19bb108b3(
    *,
    source: typing.Optional[typing.Union[WorkspaceInferenceAdaptersSource, typing.Dict[builtins.str, typing.Any]]] = None,
    strength: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f8b9dfd38c2dfa438cafaf9424f3e52afe26896a5958e9fa3795120a82bab4c(
    *,
    image: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    urls: typing.Optional[typing.Sequence[builtins.str]] = None,
    volume_source: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__683648977398c8e19b644fdcd566ae6544b75027a9968a965460e283f722b93c(
    *,
    name: builtins.str,
    access_mode: typing.Optional[WorkspaceInferencePresetAccessMode] = None,
    preset_options: typing.Optional[typing.Union[WorkspaceInferencePresetPresetOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd466614983873ddb38a98950fd147fa2de0510266a347101223bfce49d69ea8(
    *,
    image: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    model_access_secret: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a91db79f16c42b63b3f4206e554dff699294b7073ad67ac98999b50480e06f4(
    *,
    inference: typing.Optional[typing.Union[WorkspaceInference, typing.Dict[builtins.str, typing.Any]]] = None,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    resource: typing.Optional[typing.Union[WorkspaceResource, typing.Dict[builtins.str, typing.Any]]] = None,
    tuning: typing.Optional[typing.Union[WorkspaceTuning, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cd94b7952693374ab36ca460e78ce1386d6bd10671c163a3f13e6a54b5cf7fa(
    *,
    label_selector: typing.Union[WorkspaceResourceLabelSelector, typing.Dict[builtins.str, typing.Any]],
    count: typing.Optional[jsii.Number] = None,
    instance_type: typing.Optional[builtins.str] = None,
    partition: typing.Optional[typing.Union[WorkspaceResourcePartition, typing.Dict[builtins.str, typing.Any]]] = None,
    preferred_nodes: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c004c9a52df4d446ccf9bb8a465088660e79b32cdbef4978d9d9707865d6708(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[WorkspaceResourceLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49f5056bab03aa52ee8923b39549e887697790bea9515987f6d1b744c62bcfeb(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61feee827ec587341cb9581d4fb9a8accb16ea497cdbf204171302ea0d2221c5(
    *,
    mode: builtins.str,
    count: typing.Optional[jsii.Number] = None,
    profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__934329eff07816b6b191234a6c2d4387af5509c090857492056aaaa343b10097(
    *,
    input: typing.Union[WorkspaceTuningInput, typing.Dict[builtins.str, typing.Any]],
    output: typing.Union[WorkspaceTuningOutput, typing.Dict[builtins.str, typing.Any]],
    config: typing.Optional[builtins.str] = None,
    method: typing.Optional[builtins.str] = None,
    preset: typing.Optional[typing.Union[WorkspaceTuningPreset, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64c7a98f2bafd8efa72bf6902529b3fa4d050b38ed640452967511ed8863ec70(
    *,
    image: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    urls: typing.Optional[typing.Sequence[builtins.str]] = None,
    volume_source: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bcf511a7470c01f4d8f68042e5ea53162955abab021582dcd0986306f534573(
    *,
    image: typing.Optional[builtins.str] = None,
    image_push_secret: typing.Optional[builtins.str] = None,
    volume_source: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff34912fb306bed20f29e6009599419d384fbdf2035faa08750661a136c5d083(
    *,
    name: builtins.str,
    access_mode: typing.Optional[WorkspaceTuningPresetAccessMode] = None,
    preset_options: typing.Optional[typing.Union[WorkspaceTuningPresetPresetOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1a24a46cdbfa8f1d46419cc7c19aa0a86acddf7e6eabdc5bc2102119a1dffbb(
    *,
    image: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[builtins.str]] = None,
    model_access_secret: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
