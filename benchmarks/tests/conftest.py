import sys
from pathlib import Path

# The harness is imported as ``harness`` and the command as ``run``, as run.py itself does.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
