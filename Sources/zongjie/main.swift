import Foundation
import ZongjieCLI

exit(Zongjie.runMain())
