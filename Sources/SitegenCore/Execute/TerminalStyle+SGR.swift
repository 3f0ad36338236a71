extension TerminalStyle {
    /// Applies the parameters of one SGR sequence (`ESC [ parameters m`), as ECMA-48 §8.3.117
    /// and xterm's ctlseqs define them; unknown codes are ignored, as a terminal does.
    mutating func apply(sgr parameters: String) {
        // `38:5:N` and `38:2::R:G:B` (ITU T.416 sub-parameters) and `38;5;N` (xterm) both occur.
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false)[...]
        if codes.isEmpty { codes = [""] }
        while let code = codes.popFirst() {
            if code.contains(":") {
                let parts = code.split(separator: ":", omittingEmptySubsequences: false).map {
                    Int($0)
                }
                applyExtended(parts)
                continue
            }
            switch Int(code) ?? (code.isEmpty ? 0 : -1) {
            case 0: self = .plain
            case 1: bold = true
            case 2: dim = true
            case 3: italic = true
            case 4, 21: underline = true
            case 7: inverse = true
            case 22:
                bold = false
                dim = false
            case 23: italic = false
            case 24: underline = false
            case 27: inverse = false
            case let n where (30...37).contains(n): foreground = .indexed(UInt8(n - 30))
            case let n where (40...47).contains(n): background = .indexed(UInt8(n - 40))
            case let n where (90...97).contains(n): foreground = .indexed(UInt8(n - 90 + 8))
            case let n where (100...107).contains(n): background = .indexed(UInt8(n - 100 + 8))
            case 39: foreground = nil
            case 49: background = nil
            case let n where n == 38 || n == 48 || n == 58:
                // xterm form: 38;5;N or 38;2;R;G;B (58, the underline colour, is consumed, unused)
                var parts: [Int?] = [n]
                if let kind = codes.popFirst() {
                    parts.append(Int(kind))
                    let count = Int(kind) == 5 ? 1 : Int(kind) == 2 ? 3 : 0
                    for _ in 0..<count { parts.append(codes.popFirst().flatMap { Int($0) }) }
                }
                applyExtended(parts)
            default: break
            }
        }
    }

    /// `38/48 : 5 : N` or `38/48 : 2 : [colour space :] R : G : B`.
    private mutating func applyExtended(_ parts: [Int?]) {
        guard parts.count >= 3, let target = parts[0], target == 38 || target == 48 else {
            return
        }
        let color: Color?
        switch parts[1] {
        case 5:
            color = parts[2].flatMap { (0...255).contains($0) ? .indexed(UInt8($0)) : nil }
        case 2:
            let channels = parts.dropFirst(2).suffix(3).map {
                $0.flatMap { (0...255).contains($0) ? UInt8($0) : nil }
            }
            guard channels.count == 3, let r = channels[0], let g = channels[1],
                let b = channels[2]
            else { return }
            color = .rgb(r, g, b)
        default:
            color = nil
        }
        guard let color else { return }
        if target == 38 { foreground = color } else { background = color }
    }
}
