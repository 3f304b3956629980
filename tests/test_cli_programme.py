"""The rewards programme from the command line: catalogue, vouchers, subscriptions, occasions."""




def test_the_catalogue_vouchers_and_subscriptions_from_the_command_line(loyalty):
    assert loyalty("reward", "add", "Proefavond", "--level", "social_emotional", "--kind", "event", "--stock", "1",
               "--event-at", "12-12-2030 19:30")[1] == "Reward 1: Proefavond\n"
    assert loyalty("reward", "add", "Bonen", "--level", "structural", "--kind", "subscription")[0] == 0
    code, _, err = loyalty("reward", "add", "Fout", "--level", "financial", "--kind", "event")
    assert code == 1 and "belongs to another retention level" in err
    card = loyalty("customer", "add", "--name", "Fenna Visser")[1].strip()
    out = loyalty("redeem", card, "Proefavond")[1]
    code, _, err = loyalty("redeem", card, "Proefavond")
    assert code == 1 and "all gone" in err
    voucher = out.split()[2].rstrip(":")
    assert loyalty("voucher", "use", voucher)[0] == 0
    assert loyalty("reward", "edit", "Proefavond", "--stock", "5")[0] == 0
    assert "5 left" in loyalty("reward", "list")[1]
    assert loyalty("reward", "retire", "Proefavond")[1] == "Reward 1: retired\n"
    assert loyalty("subscription", "add", card, "Bonen", "--every", "28")[0] == 0
    assert "Bonen" in loyalty("subscription", "due")[1]
    assert loyalty("subscription", "done", "1")[0] == 0
    assert loyalty("subscription", "due")[1] == ""
    assert "welcome" in loyalty("occasions", card)[1]
    assert "social_emotional" in loyalty("retention")[1]
    assert loyalty("check")[0] == 0
