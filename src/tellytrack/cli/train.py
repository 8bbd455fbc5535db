"""``tellytrack train``: retrain the extraction models from the annotated articles.

Only parses options and calls :func:`tellytrack.training.train`; scikit-learn
comes with the ``train`` extra (inference never needs it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from tellytrack.evaluate import Report as EvalReport


@click.command("train")
@click.option("--shared", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default="../shared", show_default=True,
              help="The shared folder holding corpus/ and eval/ (the train files are "
                   "seeds, dev, dev.hi and pool; validation is never trained on).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the weight files (default: the package's "
                   "extract/weights/, which is what extraction reads).")
@click.option("--cv", is_flag=True,
              help="Write nothing: score the whole English pipeline on the train articles, "
                   "each extracted with models trained without its fold (SPEC scoring).")
@click.option("--resampled", type=click.IntRange(min=2), default=None, metavar="K",
              help="Write nothing: score validation's English articles (val.jsonl: scored, "
                   "never trained on) with K pipelines, each trained without a different "
                   "1/K of the train articles, and print their mean: what a change does "
                   "beyond one retraining's noise.")
def train_cmd(shared: Path, out: Path | None, cv: bool, resampled: int | None) -> None:
    """Train every extraction model and write its weights (fixed seeds: same input,
    same files).

    Prints, per model, the candidates' recall ceiling and the cross-validated
    precision, recall and F1 (5 folds by article).

    \b
    Examples:
        pip install -e '.[train]' && tellytrack train --shared ../shared
        tellytrack train --cv     # cross-validated train scores, nothing written
        tellytrack train --resampled 8   # validation mean of 8 resampled pipelines
    """
    if cv and resampled:
        raise click.UsageError("--cv and --resampled are two scorings: give one")
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
    if resampled:
        held_out = [f"{d}/{n}" for d, n in (("corpus", "val.jsonl"), ("eval", "val.gold.jsonl"))
                    if not (shared / d / n).is_file()]
        if held_out:
            raise click.ClickException(f"{shared} lacks the validation files: "
                                       f"{', '.join(held_out)}")
        _print_resampled(training.resampled(shared, resampled, progress=click.echo))
        return
    training.train(shared, out or training.WEIGHTS, progress=click.echo)


def _print_resampled(reports: list[EvalReport]) -> None:
    """Each type's mean tp/fp/fn and F1 over the pipelines, then the mean micro F1."""
    for t in reports[0].types:
        tp, fp, fn = (sum(r.types[t][x] for r in reports) / len(reports)
                      for x in ("tp", "fp", "fn"))
        f1 = sum(r.types[t]["f1"] for r in reports) / len(reports)
        click.echo(f"{t:12} {tp:6.1f} {fp:6.1f} {fn:6.1f}  F1 {f1:.4f}")
    micro = [r.micro_f1 for r in reports]
    click.echo(f"mean micro F1: {sum(micro) / len(micro):.4f} "
               f"(from {min(micro):.4f} to {max(micro):.4f})")


COMMANDS = [train_cmd]
