"""``teachapp backend homeassistant``: drive the devices of a Home Assistant.

    teachapp backend homeassistant --url URL [--test] [--wait S]

The long-lived access token is read from standard input (one line) or, at a terminal,
from a prompt that does not echo; an empty answer keeps the token already stored for
that URL. teachapp connects before it saves anything: a wrong URL (another web server
answering there, not Home Assistant) or a refused token is an error and changes
nothing; a Home Assistant that does not answer is saved (teachapp keeps trying)
unless ``--test`` asked for a check. When it answers, its
devices go into the database at once, so ``teachapp devices`` lists them. The token
goes to the keyring only, never to settings or logs.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from typing import Any

from ..domain import counted
from ..errors import ConfigError, DeviceUnavailableError
from ..settings import Settings
from .support import open_store, say_line

__all__ = ["register_homeassistant", "show_homeassistant"]


def register_homeassistant(actions: Any) -> None:
    """Add ``backend homeassistant`` to the ``backend`` command group."""
    ha = actions.add_parser("homeassistant", help="drive the devices of a Home Assistant "
                                                  "(token from standard input or a prompt)")
    ha.add_argument("--url", required=True,
                    help="Home Assistant's address, e.g. http://homeassistant.local:8123")
    ha.add_argument("--test", action="store_true",
                    help="check the URL and token now, list the devices, and save only if "
                         "Home Assistant answers")
    ha.add_argument("--wait", type=float, default=10.0, metavar="SECONDS",
                    help="how long to wait for Home Assistant (default 10)")
    ha.set_defaults(func=_homeassistant)


def show_homeassistant(section: dict[str, Any]) -> dict[str, Any]:
    """``backend show``'s fields for Home Assistant; the token only as its source."""
    from ..home.secrets import TOKEN_ENV, get_ha_token

    url = str(section.get("url") or "")
    if os.environ.get(TOKEN_ENV):
        source = f"from {TOKEN_ENV}"
    elif not url:  # (it said "unavailable: Cannot read the … token for : …")
        source = "none (no URL set)"
    else:
        try:
            source = "stored in the keyring" if get_ha_token(url) else "not stored"
        except ConfigError as exc:
            source = f"unavailable: {exc}"
    return {"url": url, "token": source}


def _read_token(url: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Long-lived access token for {url} (from your Home "
                               "Assistant profile; Enter keeps the stored one): ").strip()
    if sys.stdin is None:
        return ""
    return sys.stdin.readline().strip()


def _homeassistant(args: argparse.Namespace) -> int:
    from ..home.homeassistant import HaConfig, HomeAssistantBackend, checked_url
    from ..home.secrets import delete_ha_token, get_ha_token, set_ha_token

    url = checked_url(args.url)
    given = _read_token(url)
    previous = _stored_token(url, given, get_ha_token)
    token = given or previous
    if not token:
        raise ConfigError(f"No access token for Home Assistant at {url}: give one on "
                          "standard input (create it in your Home Assistant profile, "
                          "under 'Long-lived access tokens'). Nothing was saved.")
    config = HaConfig(url, token, max_backoff=1.0)
    store = open_store(args, default_home=False)
    backend = HomeAssistantBackend(store, config, keeps_trying=False)
    try:
        backend.start()
        deadline = time.monotonic() + max(0.1, args.wait)
        connected = backend.wait_connected(max(0.1, args.wait), first_try=True)
        waited = "" if time.monotonic() < deadline else f" within {args.wait:g} s"
        problem = backend.status().message
        if not connected and ("refused the access token" in problem
                              or backend.not_home_assistant):
            # (another web server at the URL was saved, "teachapp keeps trying", exit 0:
            # no amount of trying would find Home Assistant there)
            raise ConfigError(f"{problem.rstrip('.')}. Nothing was saved.")
        if not connected and args.test:
            raise DeviceUnavailableError(
                f"Could not reach Home Assistant{waited}: {problem}. "
                "Nothing was saved; check the URL and try again, or leave out --test to save "
                "it anyway (teachapp then keeps trying when it runs).")
        stored = _save(url, given, previous, set_ha_token, delete_ha_token)
        say_line(f"Device backend: Home Assistant at {url}."
                 + (" The token is in the keyring." if stored else ""))
        if not connected:
            say_line(f"Home Assistant does not answer now ({problem}); teachapp keeps "
                     "trying whenever it runs.")
            return 0
        devices = backend.devices()
        other = backend.unsupported()
        say_line(f"Connected; {counted(len(devices), 'device')} teachapp can drive, "
                 f"{len(other)} other {'entity' if len(other) == 1 else 'entities'}.")
        if args.test:
            for device in devices:
                say_line(f"  {device.id}  {device.name} ({device.room})  "
                         f"{device.describe()}")
            if other:
                say_line("Not supported (teachapp drives lights, switches, climate, locks, "
                         "covers, media players and fans):")
                for entity_id, name in other:
                    say_line(f"  {entity_id}  {name}")
        return 0
    finally:
        backend.close()
        store.close()


def _stored_token(url: str, given: str, get_token: Any) -> str | None:
    """The token kept for ``url``. Without a keyring, a token given now is checked
    first (a wrong address or token is the news), and saving it says what is missing;
    it said "no usable keyring" before anything was tried."""
    try:
        return get_token(url)
    except ConfigError:
        if given:
            return None
        raise


def _save(url: str, given: str, previous: str | None, set_token: Any,
          delete_token: Any) -> bool:
    """Token, then settings; the token goes back to what it was if settings fail.

    True when the token was written to the keyring.
    """
    from ..home.secrets import TOKEN_ENV, not_kept

    stored = bool(given and given != previous)
    if stored:
        try:
            set_token(url, given)
        except ConfigError as exc:  # (it did not say that the settings were not saved)
            raise not_kept(exc, "Nothing was saved: the backend settings are as they were.",
                           f"Set {TOKEN_ENV} in the environment teachapp runs in and run "
                           "this command again giving no token (Enter at the prompt)") from exc
    try:
        Settings().update("backend", type="homeassistant", url=url, host=None, port=None,
                          username=None, tls=None, ca_file=None, base_topic=None)
    except ConfigError:
        if given and given != previous:
            if previous:
                set_token(url, previous)
            else:
                delete_token(url)
        raise
    return stored
