-- System: the program's end with an exit status, as Idris 2's base library gives it (System.idr:
-- exitWith, exitFailure, exitSuccess). Idris 2's ExitFailure takes an Int and an automatic proof that it
-- is not 0; this subset has no Int, so it takes an Integer and no proof.

data ExitCode = ExitSuccess | ExitFailure Integer

-- Ends the run with the status (the functional core's exit primitive); nothing after it runs.
prim__exit : Integer -> IO a

exitWith : ExitCode -> IO a
exitWith ExitSuccess = prim__exit 0
exitWith (ExitFailure code) = prim__exit code

exitFailure : IO a
exitFailure = exitWith (ExitFailure 1)

exitSuccess : IO a
exitSuccess = exitWith ExitSuccess
