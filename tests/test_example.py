import runpy
from pathlib import Path

LESSON = Path(__file__).resolve().parent.parent / "degradation_check.py"


def test_running_the_lesson_prints_the_verdict_once(capsys):
    namespace = runpy.run_path(str(LESSON), run_name="__main__")
    verdict = "Model performance degraded significantly"
    assert capsys.readouterr().out == verdict + "\n"
    assert namespace["result"] == verdict
