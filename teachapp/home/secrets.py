"""Secrets (the MQTT password, the Home Assistant token): in the keyring, never in settings.

Lookup order: the ``TEACHAPP_MQTT_PASSWORD`` environment variable (for services and
headless machines without a keyring), then the keyring entry for the user and host;
for the token ``TEACHAPP_HA_TOKEN``, then the keyring entry for the URL.
When no keyring backend is usable, storing fails with a ``ConfigError`` that says how
to provide the password instead; the caller says what it saved all the same
(``not_kept``). The password is never logged.
"""

from __future__ import annotations

import logging
import os

import keyring
from keyring.errors import PasswordDeleteError

from ..errors import ConfigError

__all__ = ["HA_SERVICE", "KEYRING_SERVICES", "PASSWORD_ENV", "SERVICE", "TOKEN_ENV",
           "delete_ha_token", "delete_mqtt_password", "get_ha_token", "get_mqtt_password",
           "keyring_usable", "not_kept", "set_ha_token", "set_mqtt_password"]

log = logging.getLogger(__name__)

SERVICE = "teachapp-mqtt"
"""The keyring service name; the entry's user name is ``user@host``."""
PASSWORD_ENV = "TEACHAPP_MQTT_PASSWORD"
HA_SERVICE = "teachapp-homeassistant"
"""The keyring service of Home Assistant tokens; the entry's user name is the URL."""
TOKEN_ENV = "TEACHAPP_HA_TOKEN"


def _account(username: str, host: str) -> str:
    return f"{username}@{host}"


KEYRING_SERVICES = ("GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager; "
                    "'pip install keyrings.alt' for a file-based one")
"""The keyring services a person may install, for the messages that say so."""


def _no_keyring(action: str, what: str, env: str, exc: BaseException) -> ConfigError:
    log.info("keyring unusable (%s): %s", type(exc).__name__, exc)
    return ConfigError(
        f"Cannot {action} {what}: no usable keyring on this machine.",
        fix=f"Set the {env} environment variable instead, or install a keyring service "
            f"({KEYRING_SERVICES}).")


def not_kept(error: ConfigError, saved: str, instead: str) -> ConfigError:
    """``error`` (a secret the keyring could not store) said with what was saved all
    the same (``saved``: "Nothing was saved." or what was) and how to go on without a
    keyring (``instead``), then with one: each caller knows what it had saved."""
    return ConfigError(f"{error.problem} {saved}",
                       fix=f"{instead}, or install a keyring service ({KEYRING_SERVICES}) "
                           "and save it again.")


def keyring_usable() -> bool:
    """Whether a real keyring backend is available (not the 'fail' placeholder)."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring config is "not usable"
        return False
    priority = getattr(backend, "priority", 0)
    try:
        return float(priority) > 0
    except (TypeError, ValueError):
        return False


def _read(service: str, account: str, what: str, env: str) -> str | None:
    """The secret in the keyring, or None; ``what`` names it in the error ("the MQTT
    password for ann@broker") and ``env`` is the variable that stands in for it."""
    try:
        return keyring.get_password(service, account)
    except Exception as exc:  # KeyringError, D-Bus and OS errors
        raise _no_keyring("read", what, env, exc) from exc


def _keep(service: str, account: str, secret: str, what: str, env: str) -> None:
    """Store ``secret``, and read it back: a keyring that keeps nothing (keyring's
    ``null`` backend, chosen by PYTHON_KEYRING_BACKEND or keyringrc) took it without a
    word, and "The password is in the keyring." was said of a password then lost."""
    try:
        keyring.set_password(service, account, secret)
    except Exception as exc:  # KeyringError, D-Bus and OS errors
        raise _no_keyring("store", what, env, exc) from exc
    try:
        kept = keyring.get_password(service, account)
    except Exception:  # (stored; a keyring that cannot read back at once is not judged)
        return
    if kept != secret:
        raise _no_keyring("store", what, env, RuntimeError(
            f"{type(keyring.get_keyring()).__name__} kept nothing"))


def _forget(service: str, account: str, what: str, env: str) -> bool:
    try:
        keyring.delete_password(service, account)
    except PasswordDeleteError:
        return False
    except Exception as exc:  # KeyringError, D-Bus and OS errors
        raise _no_keyring("delete", what, env, exc) from exc
    return True


def get_mqtt_password(username: str, host: str) -> str | None:
    """The password for ``username`` at ``host``; None when none is stored.

    Raises ``ConfigError`` when no keyring is usable and the environment variable
    is not set, so the person learns how to provide one.
    """
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    return _read(SERVICE, _account(username, host), _mqtt(username, host), PASSWORD_ENV)


def set_mqtt_password(username: str, host: str, password: str) -> None:
    """Keep the password in the keyring (``ConfigError`` when there is none)."""
    if not password:
        raise ConfigError(f"The MQTT password for {username}@{host} is empty; "
                          "give the password on standard input.")
    _keep(SERVICE, _account(username, host), password, _mqtt(username, host), PASSWORD_ENV)


def delete_mqtt_password(username: str, host: str) -> bool:
    """Forget the stored password; False when there was none."""
    return _forget(SERVICE, _account(username, host), _mqtt(username, host), PASSWORD_ENV)


def _mqtt(username: str, host: str) -> str:
    return f"the MQTT password for {username}@{host}"


# ------------------------------------------------------------------ Home Assistant


def _token(url: str) -> str:
    return f"the Home Assistant token for {url}"


def get_ha_token(url: str) -> str | None:
    """The access token for Home Assistant at ``url``; None when none is stored."""
    env = os.environ.get(TOKEN_ENV)
    if env:
        return env.strip()
    return _read(HA_SERVICE, url, _token(url), TOKEN_ENV)


def set_ha_token(url: str, token: str) -> None:
    """Keep the token in the keyring (``ConfigError`` when there is none)."""
    if not token:
        raise ConfigError(f"The Home Assistant token for {url} is empty; give the token "
                          "on standard input or at the prompt.")
    _keep(HA_SERVICE, url, token, _token(url), TOKEN_ENV)


def delete_ha_token(url: str) -> bool:
    """Forget the stored token; False when there was none."""
    return _forget(HA_SERVICE, url, _token(url), TOKEN_ENV)
