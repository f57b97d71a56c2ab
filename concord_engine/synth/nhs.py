"""NHS numbers with a valid modulus 11 check digit."""

import random


def nhs_check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or None when the number cannot be issued (remainder 10)."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def is_valid_nhs_number(value: str) -> bool:
    """Whether a 10-digit NHS number (spaces allowed) passes the modulus 11 check."""
    digits = value.replace(" ", "")
    if len(digits) != 10 or not digits.isdigit():
        return False
    return nhs_check_digit(digits[:9]) == int(digits[9])


def make_nhs_number(rng: random.Random) -> str:
    """A random valid NHS number in the 400 000 000x to 699 999 999x range England issues."""
    while True:
        first = str(rng.randint(400_000_000, 699_999_999))
        check = nhs_check_digit(first)
        if check is not None:
            return f"{first}{check}"


def format_nhs_number(number: str, style: int) -> str:
    """Write an NHS number as agencies do: plain, `3 3 4` spaced, or spaced oddly."""
    if style == 1:
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    if style == 2:
        return f"{number[:3]}{number[3:6]} {number[6:]}"
    return number


def wrong_but_valid(rng: random.Random, number: str) -> str:
    """Another valid NHS number one keyed digit away from `number` (a realistic entry error)."""
    for _ in range(50):
        i = rng.randrange(9)
        digit = str((int(number[i]) + rng.randint(1, 9)) % 10)
        first = number[:i] + digit + number[i + 1 : 9]
        check = nhs_check_digit(first)
        if check is not None:
            return f"{first}{check}"
    return number
