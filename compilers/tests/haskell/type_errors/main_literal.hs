-- A main that is a number: GHC takes main as an IO action first, so the literal is the error (checked
-- against GHC 9.0.2: "No instance for (Num (IO t0)) arising from the literal ‘5’").
main = 5
-- error: 3:8: No instance for (Num (IO t0)) arising from the literal ‘5’
