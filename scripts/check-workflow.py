#!/usr/bin/env python3
"""Checks that the GitHub Actions workflow is valid YAML and builds the site as .ci/run does.

usage: check-workflow.py WORKFLOW SCRIPT
Exit 0 when valid, 1 when not, 3 when PyYAML cannot be imported (the caller decides).
"""
import sys

try:
    import yaml
except ImportError:
    sys.exit(3)


def fail(message):
    print(f"check-workflow: {sys.argv[1]}: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    workflow, script = sys.argv[1], sys.argv[2]
    try:
        with open(workflow, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except yaml.YAMLError as error:
        fail(f"not valid YAML: {error}")
    if not isinstance(data, dict):
        fail("not a mapping at the top level")
    triggers = data.get("on", data.get(True))  # YAML 1.1 reads a bare `on` as true
    if not isinstance(triggers, dict) or "push" not in triggers:
        fail("does not run on push")
    if "workflow_dispatch" not in triggers:
        fail("cannot be started by hand (workflow_dispatch)")
    # Least privilege: nothing granted at the top, each job its own; the deploying job needs
    # pages and id-token.
    if data.get("permissions") not in ({}, None):
        fail("grants permissions at the top level; give each job the permissions it uses")
    for job_name, job in data.get("jobs", {}).items():
        if "permissions" not in job:
            fail(f"job {job_name} does not declare its permissions")
    deploying = [job for job in data.get("jobs", {}).values()
                 if any(step.get("uses", "").startswith("actions/deploy-pages@")
                        for step in job.get("steps", []))]
    for job in deploying:
        for name in ("pages", "id-token"):
            if (job.get("permissions") or {}).get(name) != "write":
                fail(f"the deploy job needs permissions: {name}: write")
    steps = [step for job in data.get("jobs", {}).values() for step in job.get("steps", [])]
    uses = [step.get("uses", "") for step in steps]
    runs = "\n".join(step.get("run", "") for step in steps)
    if script not in runs:
        fail(f"does not build with {script}, the script .ci/run uses")
    for action in ("actions/checkout", "actions/cache", "actions/upload-pages-artifact",
                   "actions/deploy-pages"):
        if not any(use.startswith(action + "@") for use in uses):
            fail(f"does not use {action}")
    cache = next(step for step in steps if step.get("uses", "").startswith("actions/cache@"))
    if ".sitegen-cache" not in str(cache.get("with", {}).get("path", "")):
        fail("does not restore the execution cache (.sitegen-cache)")
    check_matrix(data.get("jobs", {}))
    print(f"check-workflow: {workflow} is valid and builds with {script}; the matrix measures "
          "with scripts/ci-measure.sh and merges with scripts/ci-merge-site.sh")


def check_matrix(jobs):
    """The interpreter matrix: measure per (runner × CPython 3.13 / 3.14t / PyPy), then merge."""
    measure, merge = jobs.get("measure"), jobs.get("merge")
    if not isinstance(measure, dict) or not isinstance(merge, dict):
        fail("has no measure and merge jobs (the interpreter matrix)")
    matrix = measure.get("strategy", {}).get("matrix", {})
    if not matrix.get("runner"):
        fail("the measure job's matrix has no runner list")
    versions = [str(p.get("version", p) if isinstance(p, dict) else p)
                for p in matrix.get("python", [])]
    for wanted in ("3.13", "3.14t"):
        if wanted not in versions:
            fail(f"the measure job's matrix lacks Python {wanted}")
    if not any(v.startswith("pypy") for v in versions):
        fail("the measure job's matrix lacks PyPy")
    steps = measure.get("steps", [])
    uses = [step.get("uses", "") for step in steps]
    for action in ("actions/checkout", "actions/setup-python", "actions/upload-artifact"):
        if not any(use.startswith(action + "@") for use in uses):
            fail(f"the measure job does not use {action}")
    if "scripts/ci-measure.sh" not in "\n".join(step.get("run", "") for step in steps):
        fail("the measure job does not run scripts/ci-measure.sh")
    needs = merge.get("needs")
    if needs != "measure" and "measure" not in (needs or []):
        fail("the merge job does not wait for the measure jobs (needs: measure)")
    steps = merge.get("steps", [])
    if not any(step.get("uses", "").startswith("actions/download-artifact@") for step in steps):
        fail("the merge job does not download the results (actions/download-artifact)")
    if "scripts/ci-merge-site.sh" not in "\n".join(step.get("run", "") for step in steps):
        fail("the merge job does not run scripts/ci-merge-site.sh")


main()
