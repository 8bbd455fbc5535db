"""``tellytrack train``: retrain the extraction models from the annotated articles.

Only parses options and calls :func:`tellytrack.training.train`; scikit-learn
comes with the ``train`` extra (inference never needs it).
"""

from __future__ import annotations

from pathlib import Path

import click


@click.command("train")
@click.option("--shared", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default="../shared", show_default=True,
              help="The shared folder holding corpus/ and eval/ (the train files are "
                   "seeds, dev, dev.hi and pool; validation is never read).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the weight files (default: the package's "
                   "extract/weights/, which is what extraction reads).")
@click.option("--cv", is_flag=True,
              help="Write nothing: score the whole English pipeline on the train articles, "
                   "each extracted with models trained without its fold (SPEC scoring).")
def train_cmd(shared: Path, out: Path | None, cv: bool) -> None:
    """Train every extraction model and write its weights (fixed seeds: same input,
    same files).

    Prints, per model, the candidates' recall ceiling and the cross-validated
    precision, recall and F1 (5 folds by article).

    \b
    Examples:
        pip install -e '.[train]' && tellytrack train --shared ../shared
        tellytrack train --cv     # cross-validated train scores, nothing written
    """
    try:
        import sklearn  # noqa: F401

        from tellytrack import training
    except ImportError as e:
        raise click.ClickException(
            f"training needs scikit-learn ({e}); install it with: pip install 'tellytrack[train]'"
        ) from e
    missing = [f"{d}/{n}" for n in training.TRAIN_FILES
               for d, n in (("corpus", f"{n}.jsonl"), ("eval", f"{n}.gold.jsonl"))
               if not (shared / d / n).is_file()]
    if missing:
        raise click.ClickException(f"{shared} lacks the train files: {', '.join(missing)}")
    if cv:
        from tellytrack.evaluate import format_report

        for line in format_report(training.cross_validate(shared, progress=click.echo)):
            click.echo(line)
        return
    training.train(shared, out or training.WEIGHTS, progress=click.echo)


COMMANDS = [train_cmd]
