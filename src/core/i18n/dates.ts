/** "14.05.2025 10:32" in local time — the way Bulgarian documents write a moment; used for "as of" lines. */
export function formatDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const day = `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
