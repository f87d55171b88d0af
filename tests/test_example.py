import runpy
from pathlib import Path

# The script sits one folder up from this file, wherever pytest starts.
SCRIPT = Path(__file__).parent.parent / "degradation_check.py"


def test_the_lesson_prints_its_verdict(capsys):
    runpy.run_path(SCRIPT, run_name="__main__")
    printed = capsys.readouterr().out
    assert printed == "Model performance degraded significantly\n"
