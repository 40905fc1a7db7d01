"""The sandbox's IP networks (ip_networks.toml): which registry serves which block, and
which hosting provider holds each address, validated once at load."""

from __future__ import annotations

import functools
import ipaddress
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import ConfigError

DATA = Path(__file__).with_name("ip_networks.toml")
SHAPES = ("ripe", "arin")
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class IpNetwork:
    cidr: Network
    registry: str  # ripe | arin: the shape of its RDAP answer
    name: str
    org: str
    org_handle: str
    country: str
    abuse_email: str | None = None
    abuse_phone: str | None = None
    address: tuple[str, ...] = ()


@dataclass(frozen=True)
class IpRegistries:
    blocks: dict[str, tuple[Network, ...]]  # registry -> blocks it serves
    networks: tuple[IpNetwork, ...]

    def registry_of(self, ip: str) -> str | None:
        address = _address(ip)
        if address is None:
            return None
        return next((r for r, nets in self.blocks.items() if any(address in n for n in nets)), None)

    def network_of(self, ip: str) -> IpNetwork | None:
        """The most specific network holding `ip`, or None."""
        address = _address(ip)
        found = [n for n in self.networks if address is not None and address in n.cidr]
        return max(found, key=lambda n: n.cidr.prefixlen, default=None)


def _address(ip: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(ip)
    except ValueError:
        return None


def _network(text: Any, where: str) -> Network:
    try:
        return ipaddress.ip_network(str(text))
    except ValueError as exc:
        raise ConfigError(f"{DATA}: {where}: {exc}") from exc


def _entry(i: int, raw: dict[str, Any]) -> IpNetwork:
    where = f"networks[{i}]"
    missing = {"cidr", "registry", "name", "org", "org_handle", "country"} - set(raw)
    if missing:
        raise ConfigError(f"{DATA}: {where} lacks {sorted(missing)[0]}")
    if raw["registry"] not in SHAPES:
        raise ConfigError(f"{DATA}: {where}: registry must be one of {SHAPES}")
    return IpNetwork(
        cidr=_network(raw["cidr"], where),
        registry=raw["registry"],
        name=raw["name"],
        org=raw["org"],
        org_handle=raw["org_handle"],
        country=raw["country"],
        abuse_email=raw.get("abuse_email"),
        abuse_phone=raw.get("abuse_phone"),
        address=tuple(raw.get("address", ())),
    )


@functools.cache
def ip_registries(path: Path = DATA) -> IpRegistries:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    blocks = {
        name: tuple(_network(b, f"registries.{name}") for b in settings["blocks"])
        for name, settings in data["registries"].items()
    }
    networks = tuple(_entry(i, raw) for i, raw in enumerate(data["networks"]))
    for net in networks:
        if not any(net.cidr.subnet_of(b) for b in blocks.get(net.registry, ())):  # type: ignore[arg-type]
            raise ConfigError(f"{path}: {net.cidr} is in no block of registry {net.registry}")
    return IpRegistries(blocks, networks)
