"""The one code-tree walker: `project.codes.tree()` and `CodeTree` over any codes."""

from __future__ import annotations

from dataclasses import replace

from storage.code_tree import CodeTree
from storage.consistency import consistency_problems


def test_the_codebook_as_a_tree(project):
    trust = project.codes.resolve("ag2008.process.trust_building")
    custom = project.codes.add("Digital skills", "", parent_id=trust.id)
    leaf = project.codes.add("Marketplace", "", parent_id=custom)
    tree = project.codes.tree()
    assert list(tree.codes) == project.codes.list() and len(tree) == project.codes.count()
    assert [c.node_id for c in tree.path(leaf)][:3] == ["ag2008", "ag2008.process",
                                                       "ag2008.process.trust_building"]
    assert tree.path(leaf)[-2:] == [project.codes.get(custom), project.codes.get(leaf)]
    assert tree.ancestors(leaf)[:2] == [custom, trust.id]
    assert tree.descendants(trust.id)[-2:] == (custom, leaf)
    assert tree.descendants(trust.id)[0] == trust.id
    assert tree.children(custom) == (leaf,)
    assert tree.framework(leaf) == "ag2008" and tree.framework(trust.id) == "ag2008"
    assert tree.depth(leaf) == tree.depth(trust.id) + 2 and tree.depth(tree.ids[0]) == 0
    assert project.codes.descendant_ids(custom) == [custom, leaf]
    assert [c.id for c in project.codes.children(custom)] == [leaf]


def test_a_subset_puts_codes_without_their_parent_at_the_top(empty_project):
    top = empty_project.codes.add("Top", "")
    middle = empty_project.codes.add("Middle", "", parent_id=top)
    low = empty_project.codes.add("Low", "", parent_id=middle)
    codes = {c.id: c for c in empty_project.codes.list()}
    tree = CodeTree([codes[middle], codes[low]])
    assert tree.children(None) == (middle,) and tree.ancestors(low) == [middle]
    assert tree.framework(low) is None and tree.descendants(999) == (999,)
    assert tree.path(999) == [] and tree.code(top) is None and top not in tree


def test_cycles_are_found_and_left_out_of_the_order(empty_project):
    first = empty_project.codes.add("First", "")
    second = empty_project.codes.add("Second", "", parent_id=first)
    codes = {c.id: c for c in empty_project.codes.list()}
    looped = [replace(codes[first], parent_id=second), codes[second]]
    tree = CodeTree(looped)
    assert sorted(tree.cycles()) == [first, second] and tree.codes == ()
    assert tree.ancestors(first) == [second]
    assert consistency_problems(empty_project) == []
