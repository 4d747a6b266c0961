"""Gun Violence Corpus: GVA's reports and gold with the UKP train/dev/test split.

Reader: gvc_documents.jsonl joined to gvc_incidents.jsonl on incident_id; each line
carries its split. The same metrics as ``gva`` (see that module); ``--split`` is
train, dev (default), test or all.
"""

from __future__ import annotations

from pathlib import Path

from wirecoder.errors import DatasetError
from wirecoder.eval.gva import GoldDoc, article_from, read_incidents, read_jsonl, score_docs
from wirecoder.eval.scoring import Coder, EvalReport, EvalRequest, data_dir_for, require_file

FOLDER = "gvc"
SPLITS = ("train", "dev", "test", "all")


def read_gvc(data_dir: Path | None = None, split: str = "dev") -> list[GoldDoc]:
    if split not in SPLITS:
        raise DatasetError(f"unknown split {split!r} (one of {', '.join(SPLITS)})", FOLDER)
    folder = data_dir_for(FOLDER, data_dir)
    incidents = read_incidents(require_file(folder / "gvc_incidents.jsonl", FOLDER), FOLDER)
    out: list[GoldDoc] = []
    for obj in read_jsonl(require_file(folder / "gvc_documents.jsonl", FOLDER), FOLDER):
        if split != "all" and obj.get("split") != split:
            continue
        found = incidents.get(str(obj.get("incident_id")))
        if found is None or found[1].get("gold_available") is False:
            continue
        article = article_from(obj)
        if article is not None:
            out.append(GoldDoc(article, found[0]))
    return out


def evaluate(
    coder: Coder,
    request: EvalRequest,
) -> EvalReport:
    split = request.split or "dev"
    chosen, notes = request.choose(read_gvc(request.data_dir, split), lambda d: d.article.id)
    return score_docs("gvc", split, chosen, coder, notes)
