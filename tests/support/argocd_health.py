"""ArgoCD's health scripts run as ArgoCD runs them: Lua 5.1 with only the libraries it opens.

ArgoCD runs a health script in Lua 5.1 (gopher-lua) with `obj` set to the live object and only the
base, table and a safe os library opened (argo-cd util/lua/lua.go); the script returns
`{status, message}`. `lupa` runs the same scripts in Lua 5.1 with the same libraries.
"""

from __future__ import annotations

from typing import Any

from lupa import lua51


def run_health(script: str, obj: dict[str, Any]) -> dict[str, str]:
    """The script's result for `obj`, in a Lua 5.1 state holding only what ArgoCD opens."""
    lua = lua51.LuaRuntime(register_eval=False, register_builtins=False)
    # No string library (nor string methods), math, io, debug or coroutine: ArgoCD opens none of them.
    lua.execute('debug.setmetatable("", nil); string = nil; math = nil; io = nil; coroutine = nil; debug = nil')
    lua.globals().obj = lua.table_from(obj, recursive=True)
    result = lua.execute(script)
    return {key: value for key, value in result.items()}
