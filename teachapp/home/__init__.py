"""The home: device backends and the routine executor with undo.

Public surface: the ``DeviceBackend`` protocol, the simulated, MQTT and Home Assistant
backends, the executor, the speaker protocol and the default home.
"""


from .._lazy import lazy_names
from .backend import BackendStatus, DeviceBackend, DeviceListener, listed_said
from .default_home import default_home_devices, ensure_default_home, only_default_home
from .executor import Executor, RunResult, StepOutcome
from .factory import BACKEND_TYPES, check_mqtt_settings, describe_backend_settings, make_backend
from .simulated import SimulatedBackend
from .speaker import CollectingSpeaker, Speaker

_LAZY = {  # MQTT and Home Assistant: paho, websockets, keyring load on first use
    "MqttBackend": "mqtt", "MqttConfig": "mqtt_config", "PASSWORD_ENV": "secrets",
    "delete_mqtt_password": "secrets", "get_mqtt_password": "secrets",
    "set_mqtt_password": "secrets", "not_kept": "secrets",
    "HaConfig": "homeassistant", "HomeAssistantBackend": "homeassistant",
    "probe_home_assistant": "homeassistant", "TOKEN_ENV": "secrets",
    "get_ha_token": "secrets", "set_ha_token": "secrets", "delete_ha_token": "secrets",
}


__getattr__ = lazy_names(__name__, _LAZY)


__all__ = [
    "BACKEND_TYPES",
    "PASSWORD_ENV",
    "TOKEN_ENV",
    "BackendStatus",
    "CollectingSpeaker",
    "DeviceBackend",
    "DeviceListener",
    "Executor",
    "HaConfig",
    "HomeAssistantBackend",
    "MqttBackend",
    "MqttConfig",
    "RunResult",
    "SimulatedBackend",
    "Speaker",
    "StepOutcome",
    "check_mqtt_settings",
    "default_home_devices",
    "delete_ha_token",
    "delete_mqtt_password",
    "describe_backend_settings",
    "ensure_default_home",
    "get_ha_token",
    "get_mqtt_password",
    "listed_said",
    "make_backend",
    "not_kept",
    "only_default_home",
    "probe_home_assistant",
    "set_ha_token",
    "set_mqtt_password",
]
