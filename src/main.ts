import { mount } from 'svelte';
import { startMapWorkers } from './lib/mapWorkers.ts';
import App from './App.svelte';
import './app.css';

// (boot.ts has started the data, the county boundaries and the label font)
// first: the map's tile worker loads its script while the UI mounts
startMapWorkers();
mount(App, { target: document.getElementById('app')! });
