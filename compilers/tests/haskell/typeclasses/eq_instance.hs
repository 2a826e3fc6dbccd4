-- A hand-written Eq instance: equality up to rotation of a direction.
data Angle = Degrees Int

instance Eq Angle where
  Degrees a == Degrees b = a `mod` 360 == b `mod` 360

main :: IO ()
main = do
  print (Degrees 90 == Degrees 450)
  print (Degrees 90 /= Degrees (-270))
  print (Degrees 10 == Degrees 20)
  print (elem (Degrees 720) [Degrees 1, Degrees 0])
-- expect: True
-- expect: False
-- expect: False
-- expect: True
