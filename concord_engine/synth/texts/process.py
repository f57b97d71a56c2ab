"""Text for the procedural events that the screening rules look for."""

MISSING_REPORT: tuple[str, ...] = (
    "{name} reported missing by carers after failing to return by 22:00 curfew. Graded medium "
    "risk.",
    "Mum reports {name} missing from home since after school. Phone switched off.",
    "Missing from residential placement. Staff have checked known addresses in {locality}.",
    "{name} has not returned home. Last seen at the bus station in {locality} at 17:30.",
    "Missing person report: {name}, {age}, left the home address following an argument.",
)
MISSING_RETURN: tuple[str, ...] = (
    "{name} returned home by {himself}. Safe and well check completed.",
    "Located by officers in {locality} and returned to placement. Prevention interview done.",
    "Returned to placement by a family member. No injuries seen.",
)
MISSING_EPISODE: tuple[str, ...] = (
    "Missing episode notified by police. {name} missing overnight from the home address.",
    "Notification from placement that {name} was missing from care.",
    "Missing episode recorded following notification from GMP.",
)
RETURN_INTERVIEW: tuple[str, ...] = (
    "Return home interview completed by independent worker. {name} spoke about friends in "
    "{locality}.",
    "RHI completed at school. {name} said {he} stayed at a friend's house.",
    "Return interview offered and completed at the family home.",
    "Independent return interview held; information shared with the exploitation team.",
)
RETURN_INTERVIEW_DECLINED: tuple[str, ...] = (
    "Return interview offered by independent worker; {name} declined to take part. Offer to "
    "be repeated.",
)
PROTECTION_NOTICE: tuple[str, ...] = (
    "PPN submitted to {la} MASH.",
    "Public protection notice (child) completed and sent to {la} Children's Services.",
    "PPN raised for {name}; concerns shared with the MASH.",
    "Child concern PPN submitted. Graded amber.",
)
VICTIM_NEEDS: tuple[str, ...] = (
    "Victim needs assessment completed with {name} and mum. Enhanced rights under the Victims' "
    "Code explained.",
    "VNA completed. {name} wants to be contacted via mum.",
    "Victim needs assessment: referral to support services accepted.",
)
SUPPORT_REFERRAL: tuple[str, ...] = (
    "Referral made to the ISVA service.",
    "Referral to Victim Support (children and young people's service) with consent.",
    "Referral to the specialist exploitation support service.",
    "Referral made to the Children's Society for one-to-one support.",
)
RISK_ASSESSMENT: tuple[str, ...] = (
    "Child exploitation risk assessment completed. Graded {level}.",
    "CSE/CCE screening tool completed with {name}: {level} risk.",
    "Complex safeguarding risk assessment reviewed at panel. Outcome {level}.",
    "Exploitation risk assessment: {level}.",
)
CRIME: tuple[str, ...] = (
    "Crime recorded: {title}. Victim {name} ({age}).",
    "{title}. Crime created from incident log. OIC allocated.",
    "Crime report: {title}. Investigation allocated to the exploitation team.",
)
SEXUAL_HEALTH_UNDER_16: tuple[str, ...] = (
    "Attended sexual health clinic requesting emergency contraception. Spotting the Signs "
    "proforma completed.",
    "Chlamydia test positive; treated. Under-16: safeguarding lead informed.",
    "Pregnancy test positive. {name} is {age}.",
    "Attended for emergency contraception after a night away from home.",
)
SEXUAL_HEALTH_ADULT: tuple[str, ...] = (
    "Attended sexual health clinic for routine contraception advice.",
    "Routine STI screen, results negative.",
)
ABSENCE: tuple[str, ...] = (
    "Unauthorised absence: {n} sessions this week.",
    "Persistent absence; attendance this half term is {pct}%.",
    "Absent from school without explanation; home visit by attendance officer.",
)
EXCLUSION: tuple[str, ...] = (
    "Fixed-term exclusion for 3 days for persistent disruptive behaviour.",
    "Suspension (2 days) following an incident in class.",
)
ASSESSMENT_EXPLOITATION: tuple[str, ...] = (
    "Child and family assessment: concerns about exploitation and missing episodes.",
    "Single assessment started following strategy discussion about exploitation concerns.",
)
ROUTINE_FACTORS: tuple[str, ...] = ("21", "3A", "4B", "16A", "2B;3B", "1B", "17A", "4B;3C", "8B")
EXPLOITATION_FACTORS: tuple[str, ...] = ("11A", "10A;11A", "11A;13A", "24A", "12A;11A", "10A")
