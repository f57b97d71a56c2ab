"""Records of one child disagree the way real records do."""

from collections import defaultdict


def _rows_by_child(partnership):
    owner = {(r["agency"], r["person_id"]): r for r in partnership.truth_people}
    rows = defaultdict(list)
    for code, people in partnership.people.items():
        for person in people:
            truth = owner[(code, person["person_id"])]
            if truth["is_adult"] == "false":
                rows[truth["child_key"]].append(person)
    return rows


def test_given_names_and_surnames_vary_between_records_of_one_child(partnership):
    rows = _rows_by_child(partnership)
    given = sum(1 for rs in rows.values() if len({r["given_name"].lower() for r in rs}) > 1)
    family = sum(1 for rs in rows.values() if len({r["family_name"].lower() for r in rs}) > 1)
    assert given >= 5
    assert family >= 5


def test_dates_of_birth_are_missing_partial_or_swapped_somewhere(partnership):
    rows = _rows_by_child(partnership)
    dobs = [r["date_of_birth"] for rs in rows.values() for r in rs]
    assert "" in dobs
    assert any(len(d) in (4, 7) for d in dobs)
    swapped = 0
    for rs in rows.values():
        full = {r["date_of_birth"] for r in rs if len(r["date_of_birth"]) == 10}
        for d in full:
            y, m, day = d.split("-")
            if m != day and f"{y}-{day}-{m}" in full:
                swapped += 1
    assert swapped >= 1


def test_postcodes_are_written_in_different_styles_and_addresses_move(partnership):
    rows = _rows_by_child(partnership)
    codes = [r["postcode"] for rs in rows.values() for r in rs if r["postcode"]]
    assert any(" " not in c for c in codes)
    assert any(c != c.upper() for c in codes)
    moved = sum(
        1
        for rs in rows.values()
        if len({r["postcode"].replace(" ", "").upper() for r in rs if r["postcode"]}) > 1
    )
    assert moved >= 3


def test_nicknames_appear_in_other_names(partnership):
    others = [r["other_names"] for rs in _rows_by_child(partnership).values() for r in rs]
    assert sum(1 for o in others if o) >= 5


def test_free_text_is_varied(partnership):
    texts = [e["text"] for events in partnership.events.values() for e in events]
    assert len(set(texts)) > len(texts) * 0.3


def test_some_children_are_known_to_two_local_authorities(partnership):
    la_of = defaultdict(set)
    for row in partnership.truth_people:
        if row["is_adult"] == "false" and row["agency"].startswith("LA-"):
            la_of[row["child_key"]].add(row["agency"])
    assert any(len(las) >= 2 for las in la_of.values())
