"""Typed domain errors.

The domain never builds user-facing sentences: it raises an error with a stable ``code`` and
named ``params``. ``services.messages`` turns them into one line in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


class DomainError(Exception):
    """A refusal the user can act on. ``code`` keys the message catalogue."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        details = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code}({details})" if details else self.code


class ValidationError(DomainError):
    """A field holds a value the law or common sense does not allow."""

    def __init__(self, field: str, code: str, **params: object) -> None:
        super().__init__(code, field=field, **params)
        self.field = field


class TransitionRefused(DomainError):
    """A lifecycle action that is not legal in the enrolment's current state."""


class PermissionDenied(DomainError):
    """The logged-in user's role does not allow the operation."""


class AuthenticationFailed(DomainError):
    """Unknown user or wrong password (deliberately not told apart)."""


class InvalidFields(ValidationError):
    """Several fields refused at once, so that a form can show every error together. It
    reads as its first error, so a caller that handles one ``ValidationError`` still works."""

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        first = errors[0]
        super().__init__(first.field, first.code, **_without_field(first.params))
        self.errors: tuple[ValidationError, ...] = tuple(errors)


def _without_field(params: dict[str, object]) -> dict[str, object]:
    return {name: value for name, value in params.items() if name != "field"}


def each_error(error: ValidationError) -> tuple[ValidationError, ...]:
    """The single errors inside ``error``, in the order they were found."""
    return error.errors if isinstance(error, InvalidFields) else (error,)


class FieldChecks:
    """Runs the checks of a form one after another and keeps every refusal, instead of
    stopping at the first: a nurse fixes them all in one pass.

        checks = FieldChecks()
        name = checks.run(lambda: required(typed), default="")
        checks.done()      # raises InvalidFields (or the one error) when any check failed
    """

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def run(self, check: Callable[[], T], default: T) -> T:
        try:
            return check()
        except ValidationError as error:
            self.add(error)
            return default

    def add(self, error: ValidationError) -> None:
        self.errors.extend(each_error(error))

    def keep_first_per_field(self, key: Callable[[str], str] = str) -> None:
        """One refusal per field, the first found: a commune left blank is "not chosen",
        not also "invalid code". ``key`` names fields the domain and a form call apart."""
        first: dict[str, ValidationError] = {}
        for error in self.errors:
            first.setdefault(key(error.field), error)
        self.errors = list(first.values())

    def failed(self, field: str) -> bool:
        return any(error.field == field for error in self.errors)

    def done(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise InvalidFields(self.errors)
