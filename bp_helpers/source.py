"""The engine's own code, for a notebook to show: read from the running
functions with ``inspect``, never copied, so it is always the code that runs.

``code_between(backward_pass, "dE_dy[L] =", "dE_dx[0] =")`` (from
``network.py``) gives the lines of backpropagation; ``code_of(formulas.dE_dx)`` gives a formula
function without its docstring.
"""

import inspect
import textwrap

from .language import tr


def code_between(function, first, last):
    """The lines of ``function``'s source from the first one containing ``first``
    to the first one after it containing ``last``, both included, dedented."""
    lines = inspect.getsource(function).splitlines()
    start = _index_of(lines, first, 0, function)
    end = _index_of(lines, last, start, function)
    return textwrap.dedent("\n".join(lines[start:end + 1]))


def code_of(function):
    """``function``'s source without its docstring."""
    source = textwrap.dedent(inspect.getsource(function))
    docstring = inspect.getdoc(function)
    if docstring is None:
        return source.rstrip("\n")
    header, _, rest = source.partition('"""')
    body = rest.partition('"""')[2]
    return (header.rstrip() + body.rstrip()).replace("\n\n", "\n")


def _index_of(lines, text, start, function):
    for k in range(start, len(lines)):
        if text in lines[k]:
            return k
    raise ValueError(tr("{snippet!r} is not in the source of {function}",
                        snippet=text, function=function.__qualname__))
