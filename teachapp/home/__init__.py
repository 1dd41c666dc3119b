"""The home: device backends and the routine executor with undo.

Public surface: the ``DeviceBackend`` protocol, the simulated backend, the executor,
the speaker protocol and the default home.
"""

from .backend import BackendStatus, DeviceBackend, DeviceListener
from .default_home import ensure_default_home
from .executor import Executor, RunResult, StepOutcome
from .simulated import SimulatedBackend
from .speaker import CollectingSpeaker, Speaker

__all__ = [
    "BackendStatus",
    "CollectingSpeaker",
    "DeviceBackend",
    "DeviceListener",
    "Executor",
    "RunResult",
    "SimulatedBackend",
    "Speaker",
    "StepOutcome",
    "ensure_default_home",
]
