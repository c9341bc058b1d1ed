"""The catalog of models Inkstone can download (``resources/catalog.toml``), and which one suits
this machine.

The recommendation weighs free memory (or free GPU memory, where the torch route would run the
model), and CPU cores: on two cores a 7B model answers at a word or two a second, so fewer cores
cap the size recommended even when the memory would hold more. Models whose license forbids
commercial use are listed but never recommended on their own.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

from core.errors import InkstoneError, UnknownNameError

GIB = 2**30
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# Largest model (billions of parameters) that still answers at a comfortable pace on the CPU.
_CPU_SIZE_CAP = ((2, 2.0), (4, 4.0))  # (cores at most, billions at most); more cores: no cap
_RAM_SHARE = 0.8  # of the memory free now: the editor and the system keep the rest
_GPU_OVERHEAD = 768 * 2**20  # as core.router: CUDA context, activations, cache
_GPU_FACTOR = 1.25


class CatalogError(InkstoneError):
    """The bundled catalog file is damaged (a packaging fault)."""


@dataclass(frozen=True)
class CatalogEntry:
    name: str
    title: str
    repo: str
    file: str
    size: int
    parameters: float  # billions
    quantization: str
    license: str
    license_url: str
    languages: tuple[str, ...]
    memory_gb: float
    context: int
    good_for: str
    sha256: str | None = None
    license_note: str = ""
    noncommercial: bool = False
    revision: str = "main"
    #: The prompt profile (resources/prompt_profiles.toml) for this model's family, if it has one.
    profile: str | None = None

    @property
    def memory_bytes(self) -> int:
        return int(self.memory_gb * GIB)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["languages"] = list(self.languages)
        return data


@dataclass(frozen=True)
class Machine:
    """What this computer has free for a model."""

    ram_free: int
    ram_total: int
    cores: int
    gpu_name: str = ""
    gpu_free: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Recommendation:
    entry: CatalogEntry | None
    device: str  # "cpu" or "cuda"
    reason: str  # one line, for the CLI and the dialog
    fits: tuple[str, ...] = field(default=())  # names of every entry that runs here
    basis: str = ""  # what the choice rests on: "3.8 GB of memory free and 2 CPU cores"

    def to_dict(self) -> dict:
        return {
            "name": self.entry.name if self.entry else None,
            "device": self.device,
            "reason": self.reason,
            "basis": self.basis,
            "fits": list(self.fits),
        }


def catalog_file() -> Path:
    from core.paths import resources_dir

    return resources_dir() / "catalog.toml"


def load_catalog(path: str | Path | None = None) -> list[CatalogEntry]:
    """The catalog's entries, smallest first. Raises :class:`CatalogError` for a damaged file."""
    path = Path(path) if path else catalog_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"the model catalog {path} cannot be read ({exc}); reinstall Inkstone") from None
    entries = []
    names = set()
    for index, item in enumerate(data.get("model", [])):
        entry = _entry(item, index, path)
        if entry.name in names:
            raise CatalogError(f"the model catalog {path} lists {entry.name!r} twice")
        names.add(entry.name)
        entries.append(entry)
    return sorted(entries, key=lambda e: (e.parameters, e.size))


def _entry(item: dict, index: int, path: Path) -> CatalogEntry:
    try:
        entry = CatalogEntry(
            name=str(item["name"]),
            title=str(item["title"]),
            repo=str(item["repo"]),
            file=str(item["file"]),
            size=int(item["size"]),
            parameters=float(item["parameters"]),
            quantization=str(item["quantization"]),
            license=str(item["license"]),
            license_url=str(item["license_url"]),
            languages=tuple(str(code) for code in item["languages"]),
            memory_gb=float(item["memory_gb"]),
            context=int(item["context"]),
            good_for=str(item["good_for"]),
            sha256=str(item["sha256"]).lower() if item.get("sha256") else None,
            license_note=str(item.get("license_note", "")),
            noncommercial=bool(item.get("noncommercial", False)),
            revision=str(item.get("revision", "main")),
            profile=str(item["profile"]) if item.get("profile") else None,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CatalogError(f"entry {index + 1} of the model catalog {path} is incomplete ({exc!r})") from None
    if entry.sha256 is not None and not _SHA256.match(entry.sha256):
        raise CatalogError(f"{entry.name} in {path} has a malformed sha256")
    if entry.repo.count("/") != 1 or entry.size <= 0:
        raise CatalogError(f"{entry.name} in {path} has a malformed repository or size")
    return entry


def find_entry(name: str, entries: list[CatalogEntry] | None = None) -> CatalogEntry:
    entries = load_catalog() if entries is None else entries
    for entry in entries:
        if entry.name == name:
            return entry
    raise UnknownNameError("catalog model", name, [e.name for e in entries])


def this_machine() -> Machine:
    """Free and total memory, physical cores and free GPU memory of this computer."""
    from core import devices

    try:
        import psutil

        memory = psutil.virtual_memory()
        ram_free, ram_total = int(memory.available), int(memory.total)
    except ImportError:  # pragma: no cover - psutil is a dependency
        ram_free = ram_total = 0
    cuda = devices.cuda_status(refresh=True)
    return Machine(
        ram_free=ram_free,
        ram_total=ram_total,
        cores=devices.physical_cores(),
        gpu_name=cuda.name if cuda.available else "",
        gpu_free=cuda.free_bytes if cuda.available else 0,
    )


def gpu_bytes(entry: CatalogEntry) -> int:
    """GPU memory the torch route needs for ``entry`` (half-precision weights plus overhead)."""
    return int(entry.parameters * 1e9 * 2 * _GPU_FACTOR) + _GPU_OVERHEAD


def runs_on_cpu(entry: CatalogEntry, machine: Machine) -> bool:
    if entry.memory_bytes > machine.ram_free * _RAM_SHARE:
        return False
    for cores, billions in _CPU_SIZE_CAP:
        if machine.cores <= cores:
            return entry.parameters <= billions
    return True


def _preference(entry: CatalogEntry) -> tuple:
    # Bigger first; of two the same size, the one that handles more languages (translation).
    return (entry.memory_gb, len(entry.languages), entry.parameters)


def recommend(entries: list[CatalogEntry], machine: Machine) -> Recommendation:
    """The largest catalog model that runs well here, and why (one line)."""
    usable = [e for e in entries if not e.noncommercial]
    on_gpu = [e for e in usable if machine.gpu_free and gpu_bytes(e) <= machine.gpu_free]
    on_cpu = [e for e in usable if runs_on_cpu(e, machine)]
    fits = tuple(e.name for e in entries if (machine.gpu_free and gpu_bytes(e) <= machine.gpu_free) or runs_on_cpu(e, machine))
    free = f"{machine.ram_free / GIB:.1f} GB of memory free"
    cores = f"{machine.cores} CPU core{'s' if machine.cores != 1 else ''}"
    best_gpu = max(on_gpu, key=_preference, default=None)
    best_cpu = max(on_cpu, key=_preference, default=None)
    if best_gpu is not None and (best_cpu is None or _preference(best_gpu) >= _preference(best_cpu)):
        basis = f"{machine.gpu_name} with {machine.gpu_free / GIB:.1f} GB free"
        return Recommendation(best_gpu, "cuda", f"{basis}: {best_gpu.name} runs on the GPU", fits, basis)
    basis = f"{free} and {cores}"
    if best_cpu is not None:
        reason = f"{basis}: {best_cpu.name} is the best fit that still answers at a comfortable pace here"
        return Recommendation(best_cpu, "cpu", reason, fits, basis)
    return Recommendation(None, "cpu", f"{free}: every catalog model needs more; close other programs and look again", fits, basis)
