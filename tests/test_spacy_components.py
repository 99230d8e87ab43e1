import spacy


def test_add_pipe_on_blank_zh_and_en():
    nlp = spacy.blank("zh")
    nlp.add_pipe("tifa")
    doc = nlp("云南省建设面向南亚东南亚辐射中心，会见越南客人")
    assert [s.label_ for s in doc.spans["tifa_formulations"]] == ["designated_role"]
    assert {s.label_ for s in doc.spans["tifa_places"]} >= {"CN-YN", "VNM", "SOUTH_ASIA", "SOUTHEAST_ASIA"}
    assert doc._.tifa_record.partners == ["VNM"]

    nlp = spacy.blank("en")
    nlp.add_pipe("tifa")
    doc = nlp("Yunnan's governor met Laotian officials in Vientiane.")
    assert {s.label_ for s in doc.spans["tifa_places"]} == {"CN-YN", "LAO"}
    assert doc._.tifa_record.lang == "en"
