"""Router decisions for every condition of the auto policy.

CUDA is simulated only by replacing ``core.devices.cuda_status`` (the one detection seam); the
models are real files: the bundled GGUF, a tiny safetensors folder and a GGUF whose architecture
transformers cannot load.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from core import devices, router
from core.backends.torch import TorchBackend
from core.devices import CudaStatus
from core.engine import ActionRequest, ActionRun
from core.errors import BadInputError, UnknownNameError
from core.models import BUNDLED_NAME, ModelEntry, describe_path
from core.models.size import model_parameters
from tests.conftest import run_cli

GB = 2**30


@pytest.fixture
def bundled(bundled_model_path) -> ModelEntry:
    return ModelEntry(BUNDLED_NAME, str(bundled_model_path), "gguf", True, True)


@pytest.fixture
def hf_model(tmp_path) -> ModelEntry:
    """A Hugging Face folder (1 M float16 parameters) with no GGUF file."""
    from safetensors.numpy import save_file

    folder = tmp_path / "tiny-hf"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "llama"}), encoding="utf-8")
    (folder / "tokenizer.json").write_text("{}", encoding="utf-8")
    save_file({"weight": np.zeros((1000, 1000), dtype=np.float16)}, str(folder / "model.safetensors"))
    return describe_path(folder)


@pytest.fixture
def rwkv_gguf(tmp_path) -> ModelEntry:
    """A well-formed GGUF header of an architecture llama.cpp knows and transformers does not. It
    holds one tensor, so llama.cpp could not load it: the entry is made directly, as models.json
    would hold it (describe_path test-loads a file before it accepts it)."""
    from gguf import GGUFWriter

    path = tmp_path / "tiny-rwkv6.gguf"
    writer = GGUFWriter(str(path), arch="rwkv6")
    writer.add_context_length(2048)
    writer.add_block_count(1)
    writer.add_embedding_length(8)
    writer.add_tensor("token_embd.weight", np.zeros((16, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return ModelEntry(name="tiny-rwkv6", path=str(path), format="gguf")


@pytest.fixture
def cuda(monkeypatch):
    """Simulate a CUDA device with the given free memory (the only simulated component)."""

    def simulate(free_gb: float = 20.0, name: str = "Simulated GPU") -> None:
        status = CudaStatus(True, name, int(free_gb * GB), int(24 * GB))
        monkeypatch.setattr(devices, "cuda_status", lambda refresh=False: status)

    return simulate


@pytest.fixture
def no_cuda(monkeypatch):
    status = CudaStatus(False, reason="no CUDA device")
    monkeypatch.setattr(devices, "cuda_status", lambda refresh=False: status)


@pytest.fixture
def fine_tuning():
    with router.gpu_lease:
        yield


# -- auto policy on a GGUF model -------------------------------------------------------------------


def test_no_cuda_device_goes_to_llamacpp(bundled, no_cuda):
    assert router.choose(bundled) == router.Route("llama.cpp", "cpu", "no CUDA device")


def test_this_machine_without_a_gpu_goes_to_llamacpp(bundled):
    # The real probe, unsimulated: these CPU machines must never pick the GPU route.
    if devices.cuda_status().available:
        pytest.skip("this machine has a CUDA device")
    route = router.choose(bundled)
    assert (route.backend, route.device) == ("llama.cpp", "cpu")
    assert route.reason


def test_cuda_with_room_goes_to_torch_on_the_gpu(bundled, cuda):
    cuda(free_gb=20, name="RTX Sim")
    route = router.choose(bundled)
    assert (route.backend, route.device) == ("torch", "cuda:0")
    assert route.reason == "CUDA device RTX Sim has 20.0 GB free"


def test_cuda_without_enough_free_memory_goes_to_llamacpp(bundled, cuda):
    cuda(free_gb=0.5)
    route = router.choose(bundled)
    assert (route.backend, route.device) == ("llama.cpp", "cpu")
    assert route.reason.startswith("not enough free GPU memory (0.5 GB free, ~1.1 GB needed")


def test_memory_held_by_our_own_loaded_model_counts_as_free(bundled, cuda, monkeypatch):
    # The torch backend closes its model before loading the next, so it must not block itself.
    cuda(free_gb=0.5)
    monkeypatch.setattr(devices, "_resident_gpu_bytes", int(1.0 * GB))
    assert router.choose(bundled).backend == "torch"


def test_fine_tuning_holds_the_gpu_so_actions_go_to_llamacpp(bundled, cuda, fine_tuning):
    cuda(free_gb=20)
    assert router.choose(bundled) == router.Route("llama.cpp", "cpu", "GPU busy with fine-tuning")


def test_gpu_returns_to_actions_when_fine_tuning_ends(bundled, cuda):
    cuda(free_gb=20)
    with router.gpu_lease:
        assert router.choose(bundled).backend == "llama.cpp"
    assert router.choose(bundled).backend == "torch"


def test_architecture_transformers_cannot_load_stays_on_llamacpp(rwkv_gguf, cuda):
    cuda(free_gb=20)
    route = router.choose(rwkv_gguf)
    assert route == router.Route("llama.cpp", "cpu", "transformers cannot load GGUF architecture 'rwkv6'")
    assert router.runnable_backends(rwkv_gguf) == ["llama.cpp"]
    with pytest.raises(BadInputError, match="rwkv6.*use --backend llama.cpp"):
        router.choose(rwkv_gguf, "torch")


# -- a model without a GGUF file -------------------------------------------------------------------


def test_hf_folder_without_cuda_runs_on_torch_cpu(hf_model, no_cuda):
    route = router.choose(hf_model)
    assert route == router.Route("torch", "cpu", "model has no GGUF file; no CUDA device, so on the CPU")


def test_hf_folder_with_cuda_runs_on_the_gpu(hf_model, cuda):
    cuda(free_gb=4)
    route = router.choose(hf_model)
    assert (route.backend, route.device) == ("torch", "cuda:0")


def test_hf_folder_during_fine_tuning_runs_on_torch_cpu(hf_model, cuda, fine_tuning):
    cuda(free_gb=20)
    route = router.choose(hf_model)
    assert route == router.Route("torch", "cpu", "model has no GGUF file; GPU busy with fine-tuning, so on the CPU")


def test_hf_folder_that_does_not_fit_runs_on_torch_cpu(hf_model, cuda):
    cuda(free_gb=0.1)
    route = router.choose(hf_model)
    assert (route.backend, route.device) == ("torch", "cpu")
    assert route.reason.startswith("model has no GGUF file; not enough free GPU memory")


def test_hf_folder_cannot_be_requested_on_llamacpp(hf_model):
    with pytest.raises(BadInputError, match="use --backend torch"):
        router.choose(hf_model, "llama.cpp")


# -- explicit choices --------------------------------------------------------------------------------


def test_requested_llamacpp_wins_over_a_free_gpu(bundled, cuda):
    cuda(free_gb=20)
    assert router.choose(bundled, "llama.cpp") == router.Route("llama.cpp", "cpu", "requested")


def test_requested_torch_runs_on_the_gpu_when_there_is_one(bundled, cuda):
    cuda(free_gb=20)
    assert router.choose(bundled, "torch") == router.Route("torch", "cuda:0", "requested")


def test_requested_torch_without_cuda_runs_on_the_cpu(bundled, no_cuda):
    assert router.choose(bundled, "torch") == router.Route("torch", "cpu", "requested")


def test_requested_torch_during_fine_tuning_stays_off_the_gpu(bundled, cuda, fine_tuning):
    cuda(free_gb=20)
    assert router.choose(bundled, "torch") == router.Route("torch", "cpu", "requested")


def test_unknown_backend_lists_the_valid_ones(bundled):
    with pytest.raises(UnknownNameError, match="llama.cpp, torch"):
        router.choose(bundled, "onnx")


# -- the torch backend loads where the route says --------------------------------------------------


def test_torch_backend_device_follows_the_router(bundled, cuda):
    backend = TorchBackend()
    cuda(free_gb=20)
    assert backend.wanted_device(bundled) == "cuda:0"
    with router.gpu_lease:
        assert backend.wanted_device(bundled) == "cpu"
    cuda(free_gb=0.5)
    assert backend.wanted_device(bundled) == "cpu"
    assert TorchBackend(device="cpu").wanted_device(bundled) == "cpu"


# -- memory estimate and the transformers architecture list ---------------------------------------


def test_parameter_count_is_read_from_the_files(bundled, hf_model):
    assert 130e6 < model_parameters(bundled) < 140e6  # 134.5 M per the GGUF header
    assert model_parameters(hf_model) == 1_000_000
    # Half-precision weights plus headroom: about 1.1 GB for the bundled model.
    assert 1.0 * GB < devices.gpu_bytes_needed(bundled) < 1.2 * GB


def test_known_gguf_architectures_match_installed_transformers():
    from transformers.modeling_gguf_pytorch_utils import GGUF_SUPPORTED_ARCHITECTURES

    installed = {router._norm(a) for a in GGUF_SUPPORTED_ARCHITECTURES} - {"general", "tokenizer"}
    assert installed == set(router.TRANSFORMERS_GGUF_ARCHITECTURES)


# -- every result says which backend ran, where, and why --------------------------------------------


def test_result_carries_backend_device_and_reason(shared_pool, no_cuda):
    request = ActionRequest("continue", "The lighthouse keeper climbed the stairs", max_tokens=4, temperature=0)
    result = ActionRun(request, pool=shared_pool).run()
    assert (result.backend, result.device, result.reason) == ("llama.cpp", "cpu", "no CUDA device")


def test_result_during_fine_tuning_says_so(shared_pool, cuda, fine_tuning):
    cuda(free_gb=20)
    request = ActionRequest("continue", "The lighthouse keeper climbed the stairs", max_tokens=4, temperature=0)
    result = ActionRun(request, pool=shared_pool).run()
    assert (result.backend, result.device, result.reason) == ("llama.cpp", "cpu", "GPU busy with fine-tuning")


def test_models_list_json_shows_which_backends_run_each_model(hf_model, rwkv_gguf, inkstone_home):
    added = run_cli("models", "add", hf_model.path, "--name", hf_model.name)
    assert added.returncode == 0, added.stderr.decode()
    # The rwkv file is only a header (models add would test-load it and refuse it): list it as
    # models.json would.
    catalog = inkstone_home / "models.json"
    data = json.loads(catalog.read_text(encoding="utf-8"))
    data["models"].append({"name": rwkv_gguf.name, "path": rwkv_gguf.path, "format": "gguf"})
    catalog.write_text(json.dumps(data), encoding="utf-8")
    listed = run_cli("models", "list", "--json")
    assert listed.returncode == 0, listed.stderr.decode()
    by_name = {entry["name"]: entry for entry in json.loads(listed.stdout)}
    assert by_name[BUNDLED_NAME]["backends"] == ["llama.cpp", "torch"]
    assert by_name[hf_model.name]["backends"] == ["torch"]
    assert by_name[rwkv_gguf.name]["backends"] == ["llama.cpp"]
    for entry in by_name.values():
        assert set(entry["auto"]) == {"backend", "device", "reason"} and entry["auto"]["reason"]


def test_beam_search_on_a_model_torch_cannot_run_says_why_in_one_line(rwkv_gguf):
    from core.run import _beam_route

    for asked in (router.AUTO, "llama.cpp", "torch"):
        with pytest.raises(BadInputError) as refused:
            _beam_route(rwkv_gguf, asked, 2)
        assert str(refused.value) == ("beam search (--num-beams) needs the torch backend, which cannot run tiny-rwkv6: "
                                      "transformers cannot load GGUF architecture 'rwkv6'")
