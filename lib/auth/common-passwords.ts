// Passwords guessed first by anyone trying accounts: international lists' top entries plus the usual
// Vietnamese ones. Compared lower-cased, so "Matkhau@123" is caught too.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "123456789", "1234567890", "12345678910", "0123456789", "9876543210", "1111111111", "0000000000",
  "password", "password1", "password12", "password123", "password@123", "p@ssw0rd", "p@ssword123",
  "qwertyuiop", "qwerty123456", "1q2w3e4r5t", "1qaz2wsx3edc", "zaq12wsxcde", "abc123456789",
  "iloveyou123", "admin12345", "admin@12345", "admin123456", "administrator", "welcome123",
  "welcome@123", "letmein123", "changeme123", "football123", "sunshine123", "princess123",
  "matkhau123", "matkhau@123", "matkhau1234", "matkhaumoi", "matkhau12345", "anhyeuem123",
  "emyeuanh123", "iloveyou1234", "vietnam123", "vietnam@123", "vietnam1234", "hanoi12345",
  "saigon12345", "hochiminh123", "nguyen123456", "tranvan12345", "12345678@a", "a123456789",
  "aa123456789", "abc@123456", "abcd@12345", "123456@abc", "123456789a", "123456789@",
  "1234567890a", "qwerty@123", "asdfghjkl1", "zxcvbnm123", "motconvit", "demo@12345x",
  "sotuphap123", "tuphap12345", "pbgdpl12345", "pbgdpl@123", "pbgdpl@2026", "congthongtin",
]);
