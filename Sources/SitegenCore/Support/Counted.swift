/// A count with its noun in the right number: "1 page", "2 pages", "1 example run".
public func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
