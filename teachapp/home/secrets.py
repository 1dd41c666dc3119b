"""Secrets (the MQTT password, the Home Assistant token): in the keyring, never in settings.

Lookup order: the ``TEACHAPP_MQTT_PASSWORD`` environment variable (for services and
headless machines without a keyring), then the keyring entry for the user and host;
for the token ``TEACHAPP_HA_TOKEN``, then the keyring entry for the URL.
When no keyring backend is usable, storing fails with a ``ConfigError`` that says how
to provide the password instead. The password is never logged.
"""

from __future__ import annotations

import logging
import os

import keyring
from keyring.errors import PasswordDeleteError

from ..errors import ConfigError

__all__ = ["HA_SERVICE", "PASSWORD_ENV", "SERVICE", "TOKEN_ENV", "delete_ha_token",
           "delete_mqtt_password", "get_ha_token", "get_mqtt_password", "keyring_usable",
           "set_ha_token", "set_mqtt_password"]

log = logging.getLogger(__name__)

SERVICE = "teachapp-mqtt"
"""The keyring service name; the entry's user name is ``user@host``."""
PASSWORD_ENV = "TEACHAPP_MQTT_PASSWORD"
HA_SERVICE = "teachapp-homeassistant"
"""The keyring service of Home Assistant tokens; the entry's user name is the URL."""
TOKEN_ENV = "TEACHAPP_HA_TOKEN"


def _account(username: str, host: str) -> str:
    return f"{username}@{host}"


def _no_keyring(action: str, username: str, host: str, exc: BaseException) -> ConfigError:
    log.info("keyring unusable (%s): %s", type(exc).__name__, exc)
    return ConfigError(
        f"Cannot {action} the MQTT password for {username}@{host}: no usable keyring "
        f"on this machine. Set the {PASSWORD_ENV} environment variable instead, or "
        "install a keyring service (GNOME Keyring, KWallet, macOS Keychain, Windows "
        "Credential Manager; 'pip install keyrings.alt' for a file-based one).")


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


def get_mqtt_password(username: str, host: str) -> str | None:
    """The password for ``username`` at ``host``; None when none is stored.

    Raises ``ConfigError`` when no keyring is usable and the environment variable
    is not set, so the person learns how to provide one.
    """
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    try:
        return keyring.get_password(SERVICE, _account(username, host))
    except Exception as exc:  # KeyringError, D-Bus and OS errors
        raise _no_keyring("read", username, host, exc) from exc


def set_mqtt_password(username: str, host: str, password: str) -> None:
    """Keep the password in the keyring (``ConfigError`` when there is none)."""
    if not password:
        raise ConfigError(f"The MQTT password for {username}@{host} is empty; "
                          "give the password on standard input.")
    try:
        keyring.set_password(SERVICE, _account(username, host), password)
    except Exception as exc:  # KeyringError, D-Bus and OS errors
        raise _no_keyring("store", username, host, exc) from exc


def delete_mqtt_password(username: str, host: str) -> bool:
    """Forget the stored password; False when there was none."""
    try:
        keyring.delete_password(SERVICE, _account(username, host))
    except PasswordDeleteError:
        return False
    except Exception as exc:  # KeyringError, D-Bus and OS errors
        raise _no_keyring("delete", username, host, exc) from exc
    return True


# ------------------------------------------------------------------ Home Assistant


def _no_keyring_for_token(action: str, url: str, exc: BaseException) -> ConfigError:
    log.info("keyring unusable (%s): %s", type(exc).__name__, exc)
    return ConfigError(
        f"Cannot {action} the Home Assistant token for {url}: no usable keyring on this "
        f"machine. Set the {TOKEN_ENV} environment variable instead, or install a keyring "
        "service (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager; "
        "'pip install keyrings.alt' for a file-based one).")


def get_ha_token(url: str) -> str | None:
    """The access token for Home Assistant at ``url``; None when none is stored."""
    env = os.environ.get(TOKEN_ENV)
    if env:
        return env.strip()
    try:
        return keyring.get_password(HA_SERVICE, url)
    except Exception as exc:  # KeyringError, D-Bus and OS errors
        raise _no_keyring_for_token("read", url, exc) from exc


def set_ha_token(url: str, token: str) -> None:
    """Keep the token in the keyring (``ConfigError`` when there is none)."""
    if not token:
        raise ConfigError(f"The Home Assistant token for {url} is empty; give the token "
                          "on standard input or at the prompt.")
    try:
        keyring.set_password(HA_SERVICE, url, token)
    except Exception as exc:  # KeyringError, D-Bus and OS errors
        raise _no_keyring_for_token("store", url, exc) from exc


def delete_ha_token(url: str) -> bool:
    """Forget the stored token; False when there was none."""
    try:
        keyring.delete_password(HA_SERVICE, url)
    except PasswordDeleteError:
        return False
    except Exception as exc:  # KeyringError, D-Bus and OS errors
        raise _no_keyring_for_token("delete", url, exc) from exc
    return True
