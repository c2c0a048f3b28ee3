"""YAML read with line numbers, for messages that name the line a problem is on.

Dates stay text (no implicit timestamps), so each reader parses them and reports a bad
one by its field instead of YAML failing on the whole file.
"""

from __future__ import annotations

from typing import Any

import yaml


class Loader(yaml.SafeLoader):
    """Safe YAML without implicit timestamps."""


Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse(text: str, path, error, *, what: str = "not valid YAML", first_line: int = 1) -> tuple[Any, Any]:
    """(data, node) of a YAML document; syntax errors become ``error`` naming the file and line.

    ``first_line`` is the file line the text starts on (front matter starts on line 2).
    """
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = str(getattr(e, "problem", None) or e).strip()
        raise error(f"{what} ({problem})", path=path, line=mark.line + first_line if mark else None) from None
    finally:
        loader.dispose()
    return data, node


def key_lines(node) -> dict[str, int]:
    """Key -> 1-based line of each key of a mapping node (empty for anything else)."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
