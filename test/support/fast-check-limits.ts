/**
 * Property tests fail fast: a failing property reports its first counterexample and seed instead of
 * shrinking it (several properties build a DOCX and a PDF per run, and shrinking a 60-item case
 * took a worker more than ten minutes, which looked like a hang), and no property runs longer than
 * its test's time limit allows.
 */
import fc from "fast-check";

fc.configureGlobal({ endOnFailure: true, interruptAfterTimeLimit: 50_000, markInterruptAsFailure: true });
