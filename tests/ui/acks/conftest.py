"""The station and its consolidating office of the acknowledgement tests, built once for
both test modules of this folder (the build exports, imports and acknowledges real batches)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ack_helpers import AckScenario, build_scenario, login, opened_copy

from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.office import OfficeContext


@pytest.fixture(scope="session")
def scenario(office_template: Path, tmp_path_factory: pytest.TempPathFactory) -> AckScenario:
    return build_scenario(office_template, tmp_path_factory.mktemp("acks"))


@pytest.fixture
def station(scenario: AckScenario, tmp_path: Path) -> Iterator[OfficeContext]:
    with opened_copy(scenario.station, tmp_path / "station") as ctx:
        yield ctx


@pytest.fixture
def nurse(station: OfficeContext) -> Actor:
    return login(station)
