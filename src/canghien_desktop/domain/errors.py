"""Typed domain errors.

The domain never builds user-facing sentences: it raises an error with a stable ``code`` and
named ``params``. ``services.messages`` turns them into one line in the user's language.
"""

from __future__ import annotations


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
