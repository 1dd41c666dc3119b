"""The home: device backends and the routine executor with undo.

Public surface: the ``DeviceBackend`` protocol, the simulated backend, the executor,
the speaker protocol and the default home.
"""

from .backend import BackendStatus, DeviceBackend, DeviceListener
from .default_home import default_home_devices, ensure_default_home, only_default_home
from .executor import Executor, RunResult, StepOutcome
from .factory import BACKEND_TYPES, describe_backend_settings, make_backend
from .mqtt import MqttBackend
from .mqtt_config import MqttConfig
from .secrets import PASSWORD_ENV, delete_mqtt_password, get_mqtt_password, set_mqtt_password
from .simulated import SimulatedBackend
from .speaker import CollectingSpeaker, Speaker

__all__ = [
    "BACKEND_TYPES",
    "PASSWORD_ENV",
    "BackendStatus",
    "CollectingSpeaker",
    "DeviceBackend",
    "DeviceListener",
    "Executor",
    "MqttBackend",
    "MqttConfig",
    "RunResult",
    "SimulatedBackend",
    "Speaker",
    "StepOutcome",
    "default_home_devices",
    "delete_mqtt_password",
    "describe_backend_settings",
    "ensure_default_home",
    "get_mqtt_password",
    "make_backend",
    "only_default_home",
    "set_mqtt_password",
]
