"""Question-answering accuracy on a question set over a corpus of articles.

Builds a fresh knowledge base from the articles (through the pipeline, in a
temporary directory), answers every question and prints the accuracy; with
--errors, each wrong answer and why.

    .venv/bin/python benchmarks/qa_accuracy.py                       # corpus set
    .venv/bin/python benchmarks/qa_accuracy.py --errors
    .venv/bin/python benchmarks/qa_accuracy.py tests/qa/questions.jsonl \
        src/tellytrack/samples/articles.jsonl                          # samples set
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tellytrack.pipeline import ingest_paths
from tellytrack.qa.accuracy import load_questions, score
from tellytrack.store.sqlite import SQLiteStore

HERE = Path(__file__).parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
DEFAULT_ARTICLES = [CORPUS / "seeds.jsonl", CORPUS / "dev.jsonl", CORPUS / "pool.jsonl"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", nargs="?", default=str(HERE / "questions_corpus.jsonl"))
    parser.add_argument("articles", nargs="*", help="article files (default: shared corpus)")
    parser.add_argument("--errors", action="store_true", help="list every wrong answer")
    args = parser.parse_args(argv)
    articles = args.articles or [str(p) for p in DEFAULT_ARTICLES if p.exists()]
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "kb.db")
        ingest_paths(store, articles)
        report = score(store, load_questions(args.questions))
        store.close()
    if args.errors:
        for q, problem, text in report.errors:
            print(f"- {q}\n    {problem}\n    answer: {text[:300]}")
    print(f"accuracy {report.accuracy:.3f} ({report.right}/{report.total})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
