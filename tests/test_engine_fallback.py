"""Out of GPU memory re-routes the request to llama.cpp on the CPU.

CUDA cannot run here, so the out-of-memory condition is simulated at the point torch reports it
(the backend's load); everything else, llama.cpp included, is real.
"""

from core.backends.pool import BackendPool
from core.backends.torch import TorchBackend
from core.engine import ActionRequest, Routed, run_action
from core.errors import GpuOutOfMemoryError


class _OutOfMemoryTorch(TorchBackend):
    def load(self, model, adapter=None):
        raise GpuOutOfMemoryError("CUDA out of memory while loading smollm2-135m-instruct")


def test_gpu_out_of_memory_reroutes_to_llama_cpp():
    pool = BackendPool()
    pool._backends["torch"] = _OutOfMemoryTorch()
    try:
        run = run_action(ActionRequest("summarize", "The meeting moved to Tuesday at noon.", backend="torch", max_tokens=12), pool=pool)
        events = list(run)
    finally:
        pool.close()
    routes = [e for e in events if isinstance(e, Routed)]
    assert [r.backend for r in routes] == ["torch", "llama.cpp"]
    result = run.result
    assert result.backend == "llama.cpp" and result.device == "cpu"
    assert result.reason.startswith("GPU out of memory") and "re-routed to llama.cpp" in result.reason
    assert result.output
