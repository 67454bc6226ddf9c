// usage: node jsstem.js SCRIPT.js < words > stems ; evaluates the browser script with a fake window
const fs = require('fs'), vm = require('vm');
const ctx = { window: {} };
vm.createContext(ctx);
vm.runInContext(fs.readFileSync(process.argv[2], 'utf8'), ctx);
const keys = Object.keys(ctx).filter(k => k !== 'window');
if (keys.length) { console.error('leaked globals: ' + keys); process.exit(3); }
if (Object.keys(ctx.window).join() !== 'regiodashStem') { console.error('window: ' + Object.keys(ctx.window)); process.exit(4); }
const stem = ctx.window.regiodashStem;
const words = fs.readFileSync(0, 'utf8').split('\n'); if (words[words.length-1] === '') words.pop();
process.stdout.write(words.map(w => stem(w)).join('\n') + (words.length ? '\n' : ''));
