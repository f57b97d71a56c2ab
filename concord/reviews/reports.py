"""Round-level read models: progress, moderation pairs, grades, findings checks, learning."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from concord_engine.contracts.reviews import AnswerType, FrameworkDefinition, Question
from concord_engine.stats import Agreement, ordinal_agreement

from .models import Answer, Audit, FindingCheck, ModerationDecision, ReviewRound


def _definition(review_round: ReviewRound) -> FrameworkDefinition:
    return review_round.framework.parsed()  # type: ignore[union-attr]


@dataclass(frozen=True)
class Progress:
    """How far a round has got."""

    sampled: int
    audits: int
    submitted: int
    drafts: int
    double_reviewed: int
    moderated: int

    @property
    def percent(self) -> int:
        return round(100 * self.submitted / self.audits) if self.audits else 0


def round_progress(review_round: ReviewRound) -> Progress:
    """Count the sample, audits by status, double reviews and moderated questions."""
    statuses = Counter(
        Audit.objects.filter(allocation__round=review_round).values_list("status", flat=True)
    )
    return Progress(
        sampled=review_round.sample.filter(removed_at__isnull=True).count(),
        audits=sum(statuses.values()),
        submitted=statuses[Audit.Status.SUBMITTED],
        drafts=statuses[Audit.Status.DRAFT],
        double_reviewed=review_round.allocations.filter(is_second_review=True).count(),
        moderated=review_round.moderations.count(),
    )


def submitted_audits(
    review_round: ReviewRound, *, child_id: int | None = None, sector: str | None = None
) -> list[Audit]:
    """The round's submitted audits with their answers, optionally for one child and sector.

    A page that shows several read models of one round loads these once and passes them on.
    """
    audits = Audit.objects.filter(allocation__round=review_round, status=Audit.Status.SUBMITTED)
    if child_id is not None:
        audits = audits.filter(allocation__child_id=child_id)
    if sector is not None:
        audits = audits.filter(allocation__sector=sector)
    return list(
        audits.select_related("allocation__child", "allocation__reviewer").prefetch_related(
            "answers"
        )
    )


@dataclass
class QuestionPair:
    """One question of a double review: both answers and any agreed answer."""

    question: Question
    first: str
    second: str
    first_rationale: str
    second_rationale: str
    decision: ModerationDecision | None

    @property
    def disagree(self) -> bool:
        return self.first != self.second


@dataclass
class ModerationPair:
    """A double-reviewed child and sector with both submitted audits."""

    child_id: int
    public_id: str
    sector: str
    second_allocation_id: int
    questions: list[QuestionPair] = field(default_factory=list)

    @property
    def disagreements(self) -> list[QuestionPair]:
        return [q for q in self.questions if q.disagree]

    @property
    def open_disagreements(self) -> int:
        return sum(1 for q in self.disagreements if q.decision is None)


def moderation_pairs(
    review_round: ReviewRound, audits: list[Audit] | None = None
) -> list[ModerationPair]:
    """Every child × sector whose first and second reviews are both submitted.

    `audits` are the submitted audits to pair (default: all of the round's); pass those of one
    child and sector to build just that pair.
    """
    definition = _definition(review_round)
    if audits is None:
        audits = submitted_audits(review_round)
    by_key: dict[tuple[int, str], dict[bool, Audit]] = defaultdict(dict)
    for audit in audits:
        allocation = audit.allocation
        by_key[(allocation.child_id, allocation.sector)][allocation.is_second_review] = audit
    moderations = review_round.moderations.all()
    if len(by_key) == 1:
        ((child_id, sector),) = by_key
        moderations = moderations.filter(child_id=child_id, sector=sector)
    decisions = {(d.child_id, d.sector, d.question_key): d for d in moderations}
    pairs = []
    for (child_id, sector), both in sorted(by_key.items(), key=lambda kv: kv[0]):
        if len(both) != 2:
            continue
        first = {a.question_key: a for a in both[False].answers.all()}
        second = {a.question_key: a for a in both[True].answers.all()}
        pair = ModerationPair(
            child_id, both[False].allocation.child.public_id, sector, both[True].allocation_id
        )
        for question in definition.questions_for(sector):
            a, b = first.get(question.key), second.get(question.key)
            pair.questions.append(
                QuestionPair(
                    question=question,
                    first=a.value if a else "",
                    second=b.value if b else "",
                    first_rationale=a.rationale if a else "",
                    second_rationale=b.rationale if b else "",
                    decision=decisions.get((child_id, sector, question.key)),
                )
            )
        pairs.append(pair)
    return pairs


@dataclass(frozen=True)
class GradeRow:
    """Counts of final grades for one question, sector and local authority."""

    question: Question
    sector: str
    local_authority: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


def final_answers(
    review_round: ReviewRound, audits: list[Audit] | None = None
) -> dict[tuple[int, str, str], str]:
    """The answer that counts per (child, sector, question): agreed if moderated, else first."""
    finals: dict[tuple[int, str, str], str] = {}
    for audit in submitted_audits(review_round) if audits is None else audits:
        allocation = audit.allocation
        if allocation.is_second_review:
            continue
        for answer in audit.answers.all():
            if answer.value:
                finals[(allocation.child_id, allocation.sector, answer.question_key)] = answer.value
    for d in review_round.moderations.all():
        finals[(d.child_id, d.sector, d.question_key)] = d.agreed_value
    return finals


def grade_rows(review_round: ReviewRound, audits: list[Audit] | None = None) -> list[GradeRow]:
    """Grades by question × sector × local authority, in framework order."""
    definition = _definition(review_round)
    grades = [g.value for g in definition.grading_scale.grades]
    areas = dict(review_round.sample.values_list("child_id", "local_authority"))
    counts: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for (child_id, sector, key), value in final_answers(review_round, audits).items():
        counts[(key, sector, areas.get(child_id, ""))][value] += 1
    rows = []
    for section in definition.sections:
        for question in section.questions:
            if question.answer != AnswerType.GRADE:
                continue
            for (key, sector, area), counter in sorted(counts.items()):
                if key == question.key:
                    rows.append(GradeRow(question, sector, area, tuple(counter[g] for g in grades)))
    return rows


def findings_checked(review_round: ReviewRound) -> list[tuple[str, int, int]]:
    """Per screening rule: findings reviewers confirmed and did not confirm (submitted audits)."""
    checks = FindingCheck.objects.filter(
        audit__allocation__round=review_round, audit__status=Audit.Status.SUBMITTED
    ).values_list("finding__rule", "verdict")
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for rule, verdict in checks:
        counts[rule][verdict] += 1
    return [
        (rule, c[FindingCheck.Verdict.CONFIRMED], c[FindingCheck.Verdict.NOT_CONFIRMED])
        for rule, c in sorted(counts.items())
    ]


def learning(review_round: ReviewRound) -> list[Audit]:
    """Submitted audits that record good practice, areas to improve or recommendations."""
    return [
        audit
        for audit in submitted_audits(review_round)
        if audit.good_practice or audit.areas_to_improve or audit.recommendations
    ]


@dataclass(frozen=True)
class AgreementRow:
    """Blind double-review agreement on one grade question."""

    question: Question
    agreement: Agreement


def agreement_rows(
    review_round: ReviewRound, pairs: list[ModerationPair] | None = None
) -> list[AgreementRow]:
    """Exact agreement and ordinal alpha per grade question over submitted double reviews."""
    definition = _definition(review_round)
    rank = {g.value: g.rank for g in definition.grading_scale.grades}
    ranks: dict[str, list[tuple[int | None, int | None]]] = defaultdict(list)
    for pair in moderation_pairs(review_round) if pairs is None else pairs:
        for item in pair.questions:
            if item.question.answer == AnswerType.GRADE:
                ranks[item.question.key].append((rank.get(item.first), rank.get(item.second)))
    return [
        AgreementRow(definition.question(key), ordinal_agreement(values))
        for key, values in ranks.items()
    ]


@dataclass(frozen=True)
class PrefillRow:
    """How reviewers treated the records' suggested answer to one question."""

    question: Question
    confirmed: int
    corrected: int


def prefill_rows(review_round: ReviewRound) -> list[PrefillRow]:
    """Per pre-filled question: submitted answers that kept or changed the suggestion."""
    definition = _definition(review_round)
    kept: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    answers = Answer.objects.filter(
        audit__allocation__round=review_round, audit__status=Audit.Status.SUBMITTED
    ).exclude(suggested_value="")
    for key, value, suggested in answers.values_list("question_key", "value", "suggested_value"):
        (kept if value == suggested else changed)[key] += 1
    keys = [q.key for s in definition.sections for q in s.questions if q.key in kept | changed]
    return [PrefillRow(definition.question(k), kept[k], changed[k]) for k in keys]
