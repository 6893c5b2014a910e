/** How the LMS connection is doing, for the discreet notice. */
export interface LmsHealth {
  connected: boolean;
  /** No LMS was found at all: the state is kept in this browser (else it is kept on this page only). */
  standalone: boolean;
  /** The last commit (or a value) failed: the state waits on this page for the next try. */
  failing: boolean;
  /** The resume state is over the edition's suspend_data limit: the LMS cannot keep all of it. */
  tooLong: boolean;
  /** An LMS was found but refused Initialize: what the learner changes is kept in this browser until a later session commits it. */
  refused?: boolean;
}
