"""Email templates: Jinja2, sandboxed, strict, autoescaped for HTML.

A template is a folder under ``resources/templates/email/<name>/`` holding ``subject.txt``,
``body.txt`` and ``body.html``. Text parts are rendered without escaping, the HTML part with
autoescape; every part runs in :class:`jinja2.sandbox.ImmutableSandboxedEnvironment` with
:class:`jinja2.StrictUndefined`, so a user-edited template reaches no Python internals and a misspelt
variable is an error. The salesperson may edit any part before sending: pass the edited source as an
override and it runs in the same sandbox.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.resources import resource

PARTS = ("subject.txt", "body.txt", "body.html")


class EmailTemplateError(Exception):
    """A template failed to compile or render; the message names the part and Jinja's words."""


@dataclass(frozen=True, slots=True)
class RenderedEmail:
    """The rendered parts of one email.

    Attributes:
        subject: One line.
        text: The plain-text body.
        html: The HTML body, or None for a text-only message.
    """

    subject: str
    text: str
    html: str | None


def email_templates_root() -> Path:
    """Return the folder of the shipped email templates."""
    return resource("templates", "email")


def _environment(root: Path, autoescape: bool) -> ImmutableSandboxedEnvironment:
    return ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(root)),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class EmailTemplates:
    """Renders the email templates of one folder.

    Args:
        root: The folder holding one sub-folder per template; None uses the shipped ones.
    """

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else email_templates_root()
        self._text = _environment(self.root, autoescape=False)
        self._html = _environment(self.root, autoescape=True)

    def source(self, name: str, part: str) -> str:
        """Return the source of one part (what an editor starts from).

        Args:
            name: The template folder, e.g. ``"quote"``.
            part: One of ``subject.txt``, ``body.txt``, ``body.html``.

        Returns:
            The template text.
        """
        if part not in PARTS:
            raise ValueError(f"unknown template part {part!r}")
        return (self.root / name / part).read_text(encoding="utf-8")

    def _render_part(self, name: str, part: str, context: Mapping[str, Any], override: str | None) -> str:
        env = self._html if part.endswith(".html") else self._text
        try:
            template = env.from_string(override) if override is not None else env.get_template(f"{name}/{part}")
            return template.render(**context)
        except jinja2.TemplateNotFound as exc:
            raise EmailTemplateError(f"{name}/{part}: template not found") from exc
        except jinja2.TemplateError as exc:
            raise EmailTemplateError(f"{name}/{part}: {exc.message or exc}") from exc

    def render(self, name: str, context: Mapping[str, Any], overrides: Mapping[str, str] | None = None,
               ) -> RenderedEmail:
        """Render the subject, text and HTML of one template.

        Args:
            name: The template folder, e.g. ``"quote"``.
            context: Variables (``contact``, ``quote``, ``sender``, ``seller``, ``view_url``...).
            overrides: Edited sources by part name, rendered in the same sandbox.

        Returns:
            The rendered parts; the subject loses its surrounding blanks (a line break inside is refused later).

        Raises:
            EmailTemplateError: If a part fails to compile or render.
        """
        edited = dict(overrides or {})
        subject = self._render_part(name, "subject.txt", context, edited.get("subject.txt"))
        text = self._render_part(name, "body.txt", context, edited.get("body.txt"))
        has_html = "body.html" in edited or (self.root / name / "body.html").is_file()
        html = self._render_part(name, "body.html", context, edited.get("body.html")) if has_html else None
        return RenderedEmail(subject=subject.strip(), text=text, html=html)
