"""The rewards programme from the command line: catalogue, vouchers, subscriptions, occasions."""

import pytest

from desktop.cli import main


@pytest.fixture
def run(tmp_path, capsys):
    database = str(tmp_path / "cli.db")

    def call(*args: str) -> tuple[int, str, str]:
        code = main(["--db", database, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


def test_the_catalogue_vouchers_and_subscriptions_from_the_command_line(run):
    assert run("reward", "add", "Proefavond", "--level", "social_emotional", "--kind", "event", "--stock", "1",
               "--event-at", "12-12-2030 19:30")[1] == "Reward 1: Proefavond\n"
    assert run("reward", "add", "Bonen", "--level", "structural", "--kind", "subscription")[0] == 0
    code, _, err = run("reward", "add", "Fout", "--level", "financial", "--kind", "event")
    assert code == 1 and "belongs to another retention level" in err
    card = run("customer", "add", "--name", "Fenna Visser")[1].strip()
    out = run("redeem", card, "Proefavond")[1]
    code, _, err = run("redeem", card, "Proefavond")
    assert code == 1 and "all gone" in err
    voucher = out.split()[2].rstrip(":")
    assert run("voucher", "use", voucher)[0] == 0
    assert run("reward", "edit", "Proefavond", "--stock", "5")[0] == 0
    assert "5 left" in run("reward", "list")[1]
    assert run("reward", "retire", "Proefavond")[1] == "Reward 1: retired\n"
    assert run("subscription", "add", card, "Bonen", "--every", "28")[0] == 0
    assert "Bonen" in run("subscription", "due")[1]
    assert run("subscription", "done", "1")[0] == 0
    assert run("subscription", "due")[1] == ""
    assert "welcome" in run("occasions", card)[1]
    assert "social_emotional" in run("retention")[1]
    assert run("check")[0] == 0
