"""Settings: defaults, file, environment and command line, in that order of strength; no secrets stored."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.settings import Settings, load_settings


def test_defaults_use_the_embedded_sqlite_file(tmp_path: Path) -> None:
    s = load_settings(tmp_path, environ={})
    assert s.is_embedded and s.language == "fr"
    assert s.effective_database_url == f"sqlite+pysqlite:///{tmp_path / 'relance.sqlite'}"


def test_file_then_environment_then_command_line(tmp_path: Path) -> None:
    replace(Settings(data_dir=tmp_path), language="en", database_url="postgresql://file/db").save()
    assert load_settings(tmp_path, environ={}).database_url == "postgresql://file/db"
    env = {"RELANCE_DATABASE_URL": "postgresql://env/db"}
    assert load_settings(tmp_path, environ=env).database_url == "postgresql://env/db"
    s = load_settings(tmp_path, "postgresql://cli/db", "fr", environ=env)
    assert (s.database_url, s.language) == ("postgresql://cli/db", "fr")


def test_a_damaged_or_foreign_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    assert load_settings(tmp_path, environ={}).language == "fr"
    (tmp_path / "settings.json").write_text(json.dumps({"language": "de", "bogus": 1}), encoding="utf-8")
    assert load_settings(tmp_path, environ={}).language == "fr"


def test_unknown_language_on_the_command_line_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown language 'de'"):
        load_settings(tmp_path, language="de", environ={})


def test_saved_file_holds_no_data_dir(tmp_path: Path) -> None:
    Settings(data_dir=tmp_path).save()
    stored = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert "data_dir" not in stored and stored["language"] == "fr"


def test_a_learned_value_is_written_alone_and_overrides_stay_out_of_the_file(tmp_path: Path) -> None:
    replace(Settings(data_dir=tmp_path), language="en", database_url="postgresql://file/db").save()
    started = load_settings(tmp_path, environ={"RELANCE_DATABASE_URL": "postgresql://env/db"})
    learned = started.remember(team_server_asks_password=False)
    assert learned.team_server_asks_password is False and learned.database_url == "postgresql://env/db"
    again = load_settings(tmp_path, environ={})
    assert (again.team_server_asks_password, again.database_url, again.language) == (
        False, "postgresql://file/db", "en")  # the environment's URL was not written in the file
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")  # damaged: left for the user to mend
    assert load_settings(tmp_path, environ={}).remember(team_server_asks_password=False).team_server_asks_password \
        is False
    assert (tmp_path / "settings.json").read_text(encoding="utf-8") == "{not json"
    (tmp_path / "settings.json").unlink()  # none yet: written with the learned value alone
    load_settings(tmp_path, environ={}).remember(team_server_asks_password=True)
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8")) == {"team_server_asks_password": True}
