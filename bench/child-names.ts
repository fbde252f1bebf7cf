/**
 * Children's names for the bench's cases: first names that recur across a caseload (so a name search
 * finds several children) and surnames, combined deterministically. Made up for the bench.
 */
const FIRST = `Amira Yusuf Lily Noah Olivia Jayden Freya Kacper Maya Tyler Ruby Mohammed Chloe Leon Isla Ethan
Zara Harvey Poppy Kai Ella Mason Aisha Reuben Skye Tomasz Grace Callum Evie Dylan Hana Ashton Millie
Bilal Jessica Riley Nadia Lewis Sophie Marcus Leah Connor Imogen Alfie Zainab Owen Lacey Bradley Esme
Ibrahim Kayla Jake Mia Rhys Tia Logan Ayla Declan Niamh Kyle`.trim().split(/\s+/u);

const SURNAMES = `Khan Hartley Nowak Reid Adebayo Hussain Smith Jones Taylor Brown Williams Wilson Evans Thomas
Roberts Walker Wright Robinson Thompson White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson
Clarke Clark Turner Hill Scott Cooper Morris Ward Moore King Watson Baker Harrison Morgan Patel Young
Allen Mitchell James Anderson Phillips Lee Bell Parker Davies Kowalski Okafor Mensah Begum Ali`.trim().split(/\s+/u);

/** The i-th child's name: every first name is reused across the caseload, every pairing differs. */
export function childName(i: number): { first: string; full: string } {
  const first = FIRST[i % FIRST.length]!;
  const surname = SURNAMES[Math.floor(i / FIRST.length) % SURNAMES.length]!;
  return { first, full: `${first} ${surname}` };
}
