# %% [markdown]
# # Scoring every team of a trust
#
# A notebook in a script (cells start with `# %%`; VS Code, Spyder and jupytext open it as a
# notebook, and `python3 score_teams.py` runs it whole). It evaluates every assessment in a
# directory with the bundled rules, gathers the results into a pandas DataFrame with one row per
# team, a column per benchmark factor (its score: the share of its answered indicators met,
# partly counting half; empty when none was answered) and a column per top recommendation, and
# plots the teams' factor profiles.
#
#     PYTHONPATH=build/python python3 python/examples/score_teams.py [DIR] [--csv teams.csv] [--plot factors.png]
#
# DIR defaults to tests/scenarios, the situations from the sources that the tests use (their
# assessments are under "input"); `trynext corpus --out DIR` writes a synthetic corpus to try.

# %%
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files, not windows: runs the same on a server and in a terminal
import matplotlib.pyplot as plt
import pandas as pd

import trynext

SCENARIOS = Path(__file__).resolve().parents[2] / "tests" / "scenarios"


# %% [markdown]
# ## The assessments
#
# One JSON file per team. A scenario file of the tests wraps its assessment in "input"; a plain
# assessment file is the assessment itself.


# %%
def load_assessments(directory: Path) -> dict[str, dict[str, Any]]:
    """Every assessment in the directory, by file name, in file-name order."""
    assessments = {}
    for file in sorted(directory.glob("*.json")):
        document = json.loads(file.read_text())
        assessments[file.name] = document["input"] if "input" in document and "team" not in document else document
    if not assessments:
        raise SystemExit(f"score_teams: no assessments (*.json) in {directory}")
    return assessments


# %% [markdown]
# ## Scoring: one row per team
#
# `recommend_many` evaluates the assessments in parallel and returns the results in order.


# %%
def score(engine: trynext.Engine, assessments: dict[str, dict[str, Any]], top: int = 5) -> pd.DataFrame:
    results = engine.recommend_many(assessments.values(), top=top)
    rows = []
    for file, result in zip(assessments, results):
        row: dict[str, Any] = {"file": file, "team": result["team"].get("name") or file}
        for factor, summary in result["factors"].items():
            row[f"factor.{factor}"] = summary["score"]
        for rank in range(1, top + 1):
            recs = result["recommendations"]
            row[f"rec_{rank}"] = recs[rank - 1]["id"] if rank <= len(recs) else None
            row[f"rec_{rank}_priority"] = recs[rank - 1]["priority"] if rank <= len(recs) else None
        rows.append(row)
    frame = pd.DataFrame(rows).set_index("file")
    factor_columns = sorted(c for c in frame.columns if c.startswith("factor."))
    other = [c for c in frame.columns if not c.startswith("factor.")]
    return frame[other[:1] + factor_columns + other[1:]].astype({c: "float64" for c in factor_columns})


# %% [markdown]
# ## The factor profile
#
# One faint line per team across the seven factors, and the median across the teams in bold:
# the factors where most teams fall short stand out.


# %%
def plot_profiles(frame: pd.DataFrame, titles: dict[str, str], out: Path) -> None:
    factor_columns = [c for c in frame.columns if c.startswith("factor.")]
    labels = [titles.get(c.removeprefix("factor."), c) for c in factor_columns]
    figure, axes = plt.subplots(figsize=(10, 5))
    x = range(len(factor_columns))
    for _, row in frame[factor_columns].iterrows():
        axes.plot(x, row.values, color="tab:blue", alpha=0.15, marker=".")
    axes.plot(x, frame[factor_columns].median().values, color="tab:red", linewidth=3, marker="o", label="median")
    axes.set_xticks(list(x), labels, rotation=20, ha="right")
    axes.set_ylim(-0.05, 1.05)
    axes.set_ylabel("factor score: share of answered indicators met")
    axes.set_title(f"Factor profiles of {len(frame)} teams")
    axes.legend()
    figure.tight_layout()
    figure.savefig(out, dpi=100)
    plt.close(figure)


# %% [markdown]
# ## Run


# %%
def main(argv: list[str] | None = None) -> pd.DataFrame:
    parser = argparse.ArgumentParser(description="Score a directory of assessments into a DataFrame and plot it.")
    parser.add_argument("directory", nargs="?", type=Path, default=SCENARIOS, help="assessments (*.json)")
    parser.add_argument("--csv", type=Path, help="write the DataFrame as CSV")
    parser.add_argument("--plot", type=Path, default=Path("factor-profiles.png"), help="the profile plot (PNG)")
    parser.add_argument("--rules", type=Path, help="rules directory (default: the bundled rules)")
    args = parser.parse_args(argv)

    with trynext.Engine(rules=args.rules) as engine:
        frame = score(engine, load_assessments(args.directory))
        titles = {f["id"]: f["title"] for f in engine.instrument()["factors"]}
    with pd.option_context("display.width", 160, "display.max_columns", 12):
        print(frame.head(10))
    print(f"\n{len(frame)} teams; most recommended first:")
    print(frame["rec_1"].value_counts().head(5).to_string())
    if args.csv:
        frame.to_csv(args.csv)
        print(f"wrote {args.csv}")
    plot_profiles(frame, titles, args.plot)
    print(f"wrote {args.plot}")
    return frame


if __name__ == "__main__":
    main()
